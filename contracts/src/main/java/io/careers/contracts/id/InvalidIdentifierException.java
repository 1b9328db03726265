package io.careers.contracts.id;

/** Text that is not an identifier of the format it was given as. */
public class InvalidIdentifierException extends IllegalArgumentException {
    private final transient IdentifierFormat format;

    /**
     * @param format  the format the text should have had
     * @param problem what is wrong, as {@link IdentifierFormat#problem(String)} says it
     */
    public InvalidIdentifierException(IdentifierFormat format, String problem) {
        super(problem);
        this.format = format;
    }

    /** @return the format the text should have had */
    public IdentifierFormat format() {
        return format;
    }
}
