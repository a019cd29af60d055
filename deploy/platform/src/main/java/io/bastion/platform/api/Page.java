package io.bastion.platform.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** One page of a list: its items and, unless it is the last, the link to the next page. */
public record Page<T>(List<T> items, @JsonInclude(JsonInclude.Include.NON_NULL) String next) {
}
