package io.charterline.resource;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** Days a person is away (leave, training), both dates inclusive. */
@Embeddable
public record Unavailability(
        @Column(name = "from_date") LocalDate from,
        @Column(name = "to_date") LocalDate to,
        String reason) {
}
