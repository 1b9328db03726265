package io.careers.schools.campaign;

/** The labels a sponsored placement may carry: the platform's words, never a partner's. */
public enum Disclosure {
    /** "Sponsored". */
    SPONSORED("Sponsored"),
    /** "Ad". */
    AD("Ad");

    private final String label;

    Disclosure(String label) {
        this.label = label;
    }

    /** @return what the page shows beside the placement */
    public String label() {
        return label;
    }
}
