package io.bastion.devstack.launcher;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The demo county, generated from a fixed seed so every run is the same: 鲁山县's 20 townships and
 * 300 villages, 68 of them weak and lax (6 city-B and 21 county-C key contacts), and the figures the
 * county report gives for them (638 talks, 1,213 suggestions, 18 new secretaries, …) spread over
 * those villages.
 */
final class DemoCounty {

    static final String COUNTY = "410423";
    static final String COUNTY_NAME = "鲁山县";
    static final int VILLAGES_PER_TOWNSHIP = 15;
    static final int CASES = 68;
    static final int CITY_B = 6;
    static final int COUNTY_C = 21;
    static final int LEADERS = 32;

    record Township(String code, String name) {
    }

    record Village(String code, String name, String urbanRuralClass, int households, int population, int partyMembers) {

        String township() {
            return code.substring(0, 9);
        }
    }

    /** Where a case's plan stands when the demo is loaded. */
    enum Progress { NO_PLAN, DRAFTING, AWAITING_EVALUATION, AWAITING_AUDIT, RETURNED, RECTIFYING, RETURNED_THEN_RECTIFYING,
        ACCEPTANCE_FAILED, IN_ACCEPTANCE, CONSOLIDATING }

    record Case(Village village, String grade, List<String> categories, String basis, int talks, int suggestions, Progress progress) {
    }

    private static final String[][] TOWNSHIPS = {
            {"101", "下汤镇"}, {"102", "梁洼镇"}, {"103", "张官营镇"}, {"104", "张良镇"}, {"105", "尧山镇"}, {"106", "赵村镇"},
            {"107", "瓦屋镇"}, {"108", "昭平台镇"}, {"201", "四棵树乡"}, {"202", "团城乡"}, {"203", "熊背乡"}, {"204", "辛集乡"},
            {"205", "背孜乡"}, {"206", "库区乡"}, {"207", "仓头乡"}, {"208", "马楼乡"}, {"209", "董周乡"}, {"210", "让河乡"},
            {"211", "磙子营乡"}, {"212", "观音寺乡"}};
    private static final String FIRST = "张王李赵刘陈杨黄周吴东西南北上下前后大小新老高石马牛柳桃杏梨枣松柏龙凤双白红青";
    private static final String SECOND = "家庄河沟岭坡湾营寨店集桥岗坪园峪洼山坊楼";
    private static final String[] CATEGORIES = {"TEAM_INCOMPLETE", "SECRETARY_UNFIT", "TEAM_DISUNITED", "RULES_NOMINAL",
            "ELECTION_BRIBERY", "CLAN_OR_GANG_INTERFERENCE", "DISCLOSURE_CHAOS", "ORDER_AND_PETITIONS", "NO_VENUE", "POOR_SERVICE",
            "VILLAGE_TYRANT", "PETTY_CORRUPTION", "NO_COLLECTIVE_INCOME"};
    private static final String[] BASES = {"书记长期缺职，班子运转困难", "班子成员不团结，议事难决", "组织生活长期不正常",
            "村务财务多年未公开", "信访矛盾集中，群众意见大", "无固定活动场所", "集体经济空白"};
    static final String[] LEADER_NAMES = {"王建国", "李志强", "张宏伟", "刘海涛", "陈红梅", "杨立新", "赵明辉", "黄志军", "周国庆",
            "吴晓峰", "徐卫东", "孙玉兰", "胡建华", "朱永刚", "高文斌", "林振华", "何春生", "郭秀英", "马德胜", "罗长青", "梁国栋",
            "宋继红", "郑光明", "谢晓东", "韩建设", "唐志远", "冯玉华", "于海波", "董振国", "萧文杰", "程小燕", "曹永平"};
    static final String[] LEADER_POSTS = {"县委书记", "县长", "县委副书记", "常务副县长", "县委常委、组织部长", "县委常委、纪委书记",
            "县委常委、宣传部长", "县委常委、政法委书记", "县委常委、统战部长", "县委常委、办公室主任", "县委常委、常务副县长", "副县长",
            "副县长", "副县长", "副县长", "副县长", "县人大常委会主任", "县人大常委会副主任", "县人大常委会副主任", "县人大常委会副主任",
            "县政协主席", "县政协副主席", "县政协副主席", "县政协副主席", "县法院院长", "县检察院检察长", "县人武部政委", "县人大常委会副主任",
            "县政协副主席", "副县长", "县委常委", "县政协副主席"};
    static final String[] UNITS = {"县农业农村局", "县民政局", "县公安局", "县司法局", "县信访局", "县财政局", "县交通运输局",
            "县水利局", "县自然资源局", "县人力资源和社会保障局", "县乡村振兴局", "县供电公司"};

    final List<Township> townships = new ArrayList<>();
    final List<Village> villages = new ArrayList<>();
    final List<Case> cases = new ArrayList<>();
    private final Random random = new Random(410423);

    DemoCounty() {
        for (String[] t : TOWNSHIPS) {
            townships.add(new Township(COUNTY + t[0], t[1]));
            Set<String> names = new LinkedHashSet<>();
            while (names.size() < VILLAGES_PER_TOWNSHIP) {
                names.add("" + FIRST.charAt(random.nextInt(FIRST.length())) + SECOND.charAt(random.nextInt(SECOND.length())) + "村");
            }
            int segment = 201;
            for (String name : names) {
                // The first village is the seat: 镇中心区 (121) in a town, 乡中心区 (210) in a township; the rest are villages (220).
                String urbanRural = segment > 201 ? "220" : t[0].startsWith("1") ? "121" : "210";
                int households = 180 + random.nextInt(620);
                villages.add(new Village(COUNTY + t[0] + segment, name, urbanRural, households,
                        households * 4 - random.nextInt(households), 15 + random.nextInt(60)));
                segment++;
            }
        }
        List<Village> weak = new ArrayList<>(villages);
        Collections.shuffle(weak, random);
        weak = new ArrayList<>(weak.subList(0, CASES));
        weak.sort((a, b) -> a.code().compareTo(b.code()));
        int[] talks = spread(638, CASES);
        int[] suggestions = spread(1213, CASES);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        for (int n = 0; n < CASES; n++) {
            int i = order.get(n);
            String grade = n < CITY_B ? "CITY_B" : n < CITY_B + COUNTY_C ? "COUNTY_C" : "NONE";
            List<String> categories = new ArrayList<>(new LinkedHashSet<>(List.of(CATEGORIES[random.nextInt(CATEGORIES.length)],
                    CATEGORIES[random.nextInt(CATEGORIES.length)])));
            cases.add(new Case(weak.get(i), grade, categories, BASES[random.nextInt(BASES.length)], talks[i], suggestions[i], progress(n)));
        }
        cases.sort((a, b) -> a.village().code().compareTo(b.village().code()));
    }

    /**
     * Key contacts are mostly under way, so they owe weekly reports; the rest cover every state a
     * plan and a case can be in.
     */
    private static Progress progress(int n) {
        if (n < CITY_B + COUNTY_C) {
            return switch (n % 9) {
                case 0 -> Progress.CONSOLIDATING;
                case 1 -> Progress.ACCEPTANCE_FAILED;
                case 2 -> Progress.RETURNED_THEN_RECTIFYING;
                case 3 -> Progress.IN_ACCEPTANCE;
                default -> Progress.RECTIFYING;
            };
        }
        Progress[] rest = {Progress.NO_PLAN, Progress.DRAFTING, Progress.AWAITING_EVALUATION, Progress.AWAITING_AUDIT, Progress.RETURNED,
                Progress.RECTIFYING, Progress.RETURNED_THEN_RECTIFYING, Progress.CONSOLIDATING};
        return rest[(n - CITY_B - COUNTY_C) % rest.length];
    }

    /** {@code total} split over {@code parts}, each at least 1, unevenly but exactly. */
    int[] spread(int total, int parts) {
        int[] shares = new int[parts];
        int left = total - parts;
        for (int i = 0; i < parts; i++) {
            shares[i] = 1;
        }
        while (left > 0) {
            int take = Math.min(left, 1 + random.nextInt(3));
            shares[random.nextInt(parts)] += take;
            left -= take;
        }
        return shares;
    }

    Random random() {
        return random;
    }
}
