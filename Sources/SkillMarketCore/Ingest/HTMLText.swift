/// Turns HTML into plain text: tags dropped, entities decoded, scripts and styles removed.
public enum HTMLText {
    /// Plain text of `html`; text without markup comes back unchanged.
    public static func plainText(from html: String) -> String {
        html  // STUB: ingest helper replaces this
    }
}
