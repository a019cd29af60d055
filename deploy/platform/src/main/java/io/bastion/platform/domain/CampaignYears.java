package io.bastion.platform.domain;

import java.time.LocalDate;

/**
 * The campaign years a record can name: the rectification of weak and lax village Party
 * organizations has been a yearly campaign since 2015, and a county names at most next year's,
 * while it identifies villages for it. A year outside that range is a typing error.
 */
public final class CampaignYears {

    public static final int FIRST = 2015;

    private CampaignYears() {
    }

    /** The last campaign year a county can name on {@code today}. */
    public static int last(LocalDate today) {
        return today.getYear() + 1;
    }

    public static boolean plausible(int year, LocalDate today) {
        return year >= FIRST && year <= last(today);
    }
}
