package io.charterline.scope;

/** The preliminary scope statement as the project manager enters it. */
public record ScopeInput(String inScope, String outOfScope, String deliverables, String acceptanceCriteria,
                         String assumptions, String constraints, String initialRisks) {
}
