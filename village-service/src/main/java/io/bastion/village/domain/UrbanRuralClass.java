package io.bastion.village.domain;

import java.util.Arrays;
import java.util.Optional;

/** The 3-digit urban-rural classification code (城乡分类代码) that comes with a village's division code. */
public enum UrbanRuralClass {
    MAIN_URBAN_AREA("111"),
    URBAN_RURAL_FRINGE("112"),
    TOWN_CENTER("121"),
    TOWN_RURAL_FRINGE("122"),
    SPECIAL_AREA("123"),
    TOWNSHIP_CENTER("210"),
    VILLAGE("220");

    private final String code;

    UrbanRuralClass(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<UrbanRuralClass> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
