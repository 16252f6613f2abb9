package dev.allot.identity;

/** The signed-in person a request acts for (the security principal). */
public record CurrentUser(UserId id, String email, String displayName, Role role) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean canBook() {
        return role.includes(Role.MEMBER);
    }
}
