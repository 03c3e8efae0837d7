package cn.gov.baotou.talent.core.refusal;

/**
 * What the platform answers when it will not do what was asked: the REST API as problem+json (this package's
 * mappers), a page as a message ({@code PageReplies}). Each refusal carries its text's bundle, so a module's refusal
 * explains itself from the module's own bundle with no class or mapper of its own.
 */
public abstract class Refusal extends RuntimeException {

    protected Refusal(String description) {
        super(description);
    }

    /** The explanation a person reads, in the language of {@code messages}. */
    public abstract String message(Messages messages);
}
