package dev.allot.demo.internal;

/** How a meeting room is furnished; its picture is drawn from it. */
enum RoomLayout {
    /** A phone booth: a small table, one or two armchairs. */
    BOOTH,
    /** A round table with chairs all around. */
    ROUND,
    /** One long table, chairs along both sides. */
    BOARDROOM,
    /** Tables in a U open towards the screen. */
    U_SHAPE,
    /** Rows of chairs facing the front. */
    CLASSROOM
}
