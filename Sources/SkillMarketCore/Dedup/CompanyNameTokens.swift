/// The tokens of one company name, as byte ranges of the name, in scratch space the caller
/// provides (`CompanyNameText.tokens(of:into:)`): no array is allocated and freed per name.
struct CompanyNameTokens: RandomAccessCollection {
    private let storage: UnsafeMutableBufferPointer<Range<Int>>
    private(set) var count = 0

    /// Tokens written into `storage`, which needs room for every token a name can have.
    init(_ storage: UnsafeMutableBufferPointer<Range<Int>>) {
        self.storage = storage
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> Range<Int> {
        get { storage[position] }
        set { storage[position] = newValue }
    }

    mutating func append(_ token: Range<Int>) {
        storage[count] = token
        count += 1
    }

    mutating func removeLast() {
        count -= 1
    }
}
