package dev.allot.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class RoomPictureTest {

    @Test
    void a_room_picture_is_a_valid_png_of_the_promised_size() throws IOException {
        byte[] png = RoomPicture.png(RoomLayout.BOARDROOM, 8, Set.of("screen", "whiteboard"), 1);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(RoomPicture.WIDTH);
        assertThat(image.getHeight()).isEqualTo(RoomPicture.HEIGHT);
    }

    @Test
    void rooms_of_different_layouts_get_clearly_different_pictures() throws IOException {
        Set<String> same = Set.of("screen", "whiteboard", "window");
        BufferedImage booth = image(RoomLayout.BOOTH, 2, same, 5);
        BufferedImage round = image(RoomLayout.ROUND, 6, same, 5);
        BufferedImage boardroom = image(RoomLayout.BOARDROOM, 12, same, 5);
        BufferedImage uShape = image(RoomLayout.U_SHAPE, 12, same, 5);
        BufferedImage classroom = image(RoomLayout.CLASSROOM, 20, same, 5);
        BufferedImage[] all = {booth, round, boardroom, uShape, classroom};
        for (int i = 0; i < all.length; i++) {
            for (int j = i + 1; j < all.length; j++) {
                assertThat(differentPixels(all[i], all[j])).as("layouts %d and %d", i, j).isGreaterThan(0.03);
            }
        }
    }

    @Test
    void equipment_shows_in_the_picture_and_the_same_room_draws_the_same_picture() throws IOException {
        BufferedImage bare = image(RoomLayout.BOARDROOM, 8, Set.of(), 9);
        BufferedImage equipped = image(RoomLayout.BOARDROOM, 8, Set.of("projector", "screen", "whiteboard"), 9);
        assertThat(differentPixels(bare, equipped)).isGreaterThan(0.01);
        assertThat(RoomPicture.png(RoomLayout.ROUND, 4, Set.of("screen"), 3))
                .isEqualTo(RoomPicture.png(RoomLayout.ROUND, 4, Set.of("screen"), 3));
    }

    private static BufferedImage image(RoomLayout layout, int capacity, Set<String> amenities, long seed)
            throws IOException {
        return ImageIO.read(new ByteArrayInputStream(RoomPicture.png(layout, capacity, amenities, seed)));
    }

    /** The share of pixels that differ clearly in colour. */
    private static double differentPixels(BufferedImage a, BufferedImage b) {
        long different = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                int distance = Math.abs((p >> 16 & 0xFF) - (q >> 16 & 0xFF)) + Math.abs((p >> 8 & 0xFF) - (q >> 8 & 0xFF))
                        + Math.abs((p & 0xFF) - (q & 0xFF));
                if (distance > 30) {
                    different++;
                }
            }
        }
        return different / (double) (a.getWidth() * a.getHeight());
    }
}
