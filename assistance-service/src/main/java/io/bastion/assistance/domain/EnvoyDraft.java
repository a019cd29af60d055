package io.bastion.assistance.domain;

import io.bastion.platform.domain.TextRules;
import io.bastion.platform.domain.Violation;

import java.util.ArrayList;
import java.util.List;

/** A person a unit sends, as the unit registers them; the phone is personal data. */
public record EnvoyDraft(String name, String post, String phone) {

    public List<Violation> violations() {
        List<Violation> v = new ArrayList<>();
        TextRules.required(v, "name", name, 50);
        TextRules.required(v, "post", post, 100);
        if (phone != null && !phone.isBlank() && !phone.trim().matches("1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}")) {
            // The rejected value is personal data: never echoed.
            v.add(new Violation("phone", "phone", "已隐去"));
        }
        return v;
    }

    public EnvoyDraft normalized() {
        return new EnvoyDraft(name.trim(), post.trim(), phone == null || phone.isBlank() ? null : phone.trim());
    }
}
