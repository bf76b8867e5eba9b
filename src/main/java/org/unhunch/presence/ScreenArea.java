package org.unhunch.presence;

/**
 * A rectangle on the X screen, in pixels from its top-left corner: a window's place, or the screen
 * where the prompt card would appear. Plain numbers, so presence needs no AWT.
 */
public record ScreenArea(int x, int y, int width, int height) {

    public ScreenArea {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("an area cannot be " + width + " x " + height + " pixels");
        }
    }

    /** Whether the two share at least one pixel; an empty area shares none. */
    public boolean intersects(ScreenArea other) {
        return (long) x < (long) other.x + other.width && (long) other.x < (long) x + width
                && (long) y < (long) other.y + other.height && (long) other.y < (long) y + height
                && width > 0 && height > 0 && other.width > 0 && other.height > 0;
    }
}
