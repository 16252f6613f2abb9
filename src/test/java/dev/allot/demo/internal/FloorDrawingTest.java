package dev.allot.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.space.ResourceKind;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FloorDrawingTest {

    private static final DemoProperties SMALL = new DemoProperties(2, 6, 30, 2, 10, 1, 1, 11, 100, false, "x",
            DemoProperties.DeskLife.DEFAULT);

    @Test
    void the_same_office_draws_the_same_floors() {
        OfficePlan office = OfficePlanner.plan(SMALL);

        for (OfficePlan.Floor floor : office.floors()) {
            FloorDrawing.Drawn first = FloorDrawing.draw(office, floor);
            FloorDrawing.Drawn again = FloorDrawing.draw(OfficePlanner.plan(SMALL), floor);
            assertThat(again.svg()).isEqualTo(first.svg());
            assertThat(again.positions()).isEqualTo(first.positions());
        }
    }

    @Test
    void every_desk_and_room_of_a_floor_gets_its_own_place_inside_the_plan_and_equipment_none() {
        OfficePlan office = OfficePlanner.plan(SMALL);

        for (OfficePlan.Floor floor : office.floors()) {
            FloorDrawing.Drawn drawn = FloorDrawing.draw(office, floor);
            var placed = office.resources().stream()
                    .filter(r -> r.floor() == floor.index() && r.kind() != ResourceKind.EQUIPMENT)
                    .map(OfficePlan.Resource::index).collect(Collectors.toSet());
            assertThat(drawn.positions().keySet()).isEqualTo(placed);
            assertThat(drawn.positions().values()).allSatisfy(p -> {
                assertThat(p.x()).isBetween(0.0, 1.0);
                assertThat(p.y()).isBetween(0.0, 1.0);
            });
            assertThat(drawn.positions().values()).doesNotHaveDuplicates();
        }
    }
}
