package io.bastion.supervision.domain;

import io.bastion.platform.domain.TextRules;
import io.bastion.platform.domain.Violation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What the county may change in a draft bulletin; a field left out stays as it is. */
@Schema(name = "BulletinEdit")
public record BulletinEdit(
        @Schema(example = "关于2026年第四季度软弱涣散村党组织整顿工作进展情况的通报") String title,
        @Schema(description = "the opening paragraph") String preface,
        @Schema(description = "the closing paragraph: what the townships are asked to do") String closing,
        @Schema(description = "replaces the townships and villages named for praise") List<BulletinContent.Named> praised,
        @Schema(description = "replaces the townships and villages named for criticism") List<BulletinContent.Named> criticized) {

    private static final Set<String> KINDS = Set.of(BulletinContent.Named.TOWNSHIP, BulletinContent.Named.VILLAGE);

    public List<Violation> violations() {
        List<Violation> v = new ArrayList<>();
        if (title != null) {
            TextRules.required(v, "title", title, 200);
        }
        TextRules.check(v, "preface", preface, 4000, false);
        TextRules.check(v, "closing", closing, 4000, false);
        named(v, "praised", praised);
        named(v, "criticized", criticized);
        return v;
    }

    private static void named(List<Violation> v, String field, List<BulletinContent.Named> names) {
        if (names == null) {
            return;
        }
        if (names.size() > 400) {
            v.add(new Violation(field, "max-items", names.size(), 400));
        }
        for (int i = 0; i < names.size(); i++) {
            BulletinContent.Named n = names.get(i);
            String at = field + "[" + i + "]";
            if (n == null) {
                v.add(new Violation(at, "required", null));
                continue;
            }
            if (n.kind() == null || !KINDS.contains(n.kind())) {
                v.add(new Violation(at + ".kind", "one-of", n.kind(), KINDS.toString()));
            } else {
                int digits = BulletinContent.Named.TOWNSHIP.equals(n.kind()) ? 9 : 12;
                if (n.code() == null || !n.code().matches("[0-9]{" + digits + "}")) {
                    v.add(new Violation(at + ".code", BulletinContent.Named.TOWNSHIP.equals(n.kind()) ? "township-code" : "village-code", n.code()));
                }
            }
            TextRules.required(v, at + ".name", n.name(), 100);
            TextRules.required(v, at + ".reason", n.reason(), 500);
        }
    }
}
