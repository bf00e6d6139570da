import Foundation

/// Splitting JSON lines and JSON arrays into one record per value.
///
/// Top level: whitespace is skipped, `[` opens an array whose elements become records (commas
/// between them are skipped), `]` closes it, anything else starts a value. A line that starts
/// with `{` and ends with `}` is taken whole (the fast path); otherwise a byte scanner follows
/// strings, escapes and nesting until the value closes, so pretty-printed values may span
/// lines. A value is cut short (and later reported as invalid) at a raw line break inside a
/// string or at a line starting with `{` in column 1 while still open (inside an array only in
/// JSON lines, where that also ends the array); in JSON lines also at a `[` in column 1, a line
/// holding an array of postings, which a broken line before it must not swallow.
extension RecordReader {
    mutating func nextJSON() throws -> RawRecord? {
        while true {
            guard try skipSeparators() else {
                if inArray {
                    inArray = false
                    return rejected(.invalidJSON("unterminated array (missing ']')"), line: line)
                }
                return nil
            }
            switch buffer[head] {
            case UInt8(ascii: "[") where !inArray:
                inArray = true
                head += 1
            case UInt8(ascii: "]") where inArray:
                inArray = false
                head += 1
            case 0xEF
            where line == 1 && head + 2 < buffer.count && buffer[head + 1] == 0xBB && buffer[head + 2] == 0xBF:
                head += 3
            default:
                if !inArray, buffer[head] == UInt8(ascii: "{"), let record = try wholeLineObject() { return record }
                return try scannedValue()
            }
        }
    }

    /// Skips whitespace (and commas inside an array); false at the end of the input.
    private mutating func skipSeparators() throws -> Bool {
        while true {
            while head < buffer.count {
                let byte = buffer[head]
                if byte == 0x0A {
                    line += 1
                } else if !(byte == 0x20 || byte == 0x09 || byte == 0x0D || (inArray && byte == UInt8(ascii: ","))) {
                    return true
                }
                head += 1
            }
            guard try fill() else { return false }
        }
    }

    /// The fast path: the line from `head` ends with `}` → it is one record.
    ///
    /// A line that runs past the buffered input makes `fill()` move its start to the front of the
    /// next buffer; only the newly read bytes are searched for its end.
    private mutating func wholeLineObject() throws -> RawRecord? {
        var newline = firstNewline(from: head)
        while newline == nil {
            let searched = buffer.count - head
            if searched > options.maxRecordBytes { return nil }  // the scanner reports it
            guard try fill() else { break }
            newline = firstNewline(from: head + searched)
        }
        let lineEnd = newline ?? buffer.count
        var end = lineEnd
        while end > head, IngestText.isSpace(buffer[end - 1]) { end -= 1 }
        guard buffer[end - 1] == UInt8(ascii: "}"), end - head <= options.maxRecordBytes else { return nil }
        let record = RawRecord(source: sourceName, line: line, payload: .json(buffer[head..<end]))
        head = lineEnd
        return record
    }

    /// Index of the first line break at or after `start`, if the buffer holds one.
    private func firstNewline(from start: Int) -> Int? {
        buffer.withUnsafeBufferPointer { bytes -> Int? in
            guard start < bytes.count, let base = bytes.baseAddress else { return nil }
            guard let hit = memchr(base + start, 0x0A, bytes.count - start) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// The general path: follows the value byte by byte until it closes.
    private mutating func scannedValue() throws -> RawRecord? {
        let startLine = line
        var offset = 0  // from head; stays valid when fill() compacts the buffer
        var depth = 0
        var inString = false
        var escaped = false
        let first = buffer[head]
        let isContainer = first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
        var newlines = 0
        scan: while true {
            if head + offset >= buffer.count {
                guard try fill() else { break scan }
                continue
            }
            if offset > options.maxRecordBytes {
                return try skipTooLarge(startLine: startLine, scanned: offset, newlines: newlines)
            }
            let byte = buffer[head + offset]
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                    if !isContainer {
                        offset += 1
                        break scan
                    }
                } else if byte == 0x0A {
                    break scan
                }
                offset += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if !isContainer { break scan }
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if !isContainer {
                    if offset == 0 { offset = 1 }
                    break scan
                }
                depth -= 1
                if depth == 0 {
                    offset += 1
                    break scan
                }
            case 0x0A:
                if !isContainer { break scan }
                // JSON lines resynchronise at a `{` (or `[`) in column 1, also inside an array a line opened
                // (`[[[…` cut short), which then ends: the lines after it are read as lines again.
                if !inArray || format == .jsonLines, try startsRecordLine(after: head + offset) {
                    inArray = false
                    break scan
                }
                newlines += 1
            case 0x20, 0x09, 0x0D, UInt8(ascii: ","):
                if !isContainer, offset > 0 { break scan }
            default: break
            }
            offset += 1
        }
        let record = RawRecord(source: sourceName, line: startLine, payload: .json(buffer[head..<head + offset]))
        head += offset
        line += newlines
        return record
    }

    /// True when the byte after the line break at `index` (column 1) is `{`, or `[` in JSON lines.
    private mutating func startsRecordLine(after index: Int) throws -> Bool {
        let relative = index - head
        while head + relative + 1 >= buffer.count {
            guard try fill() else { return false }
        }
        let first = buffer[head + relative + 1]
        return first == UInt8(ascii: "{") || (first == UInt8(ascii: "[") && format == .jsonLines)
    }

    /// Drops the oversized value and everything up to the next line break.
    private mutating func skipTooLarge(startLine: Int, scanned: Int, newlines: Int) throws -> RawRecord {
        head += min(scanned, buffer.count - head)
        line += newlines
        while true {
            if let newline = buffer[head...].firstIndex(of: 0x0A) {
                line += buffer[head..<newline].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                head = newline
                break
            }
            line += buffer[head...].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            head = buffer.count
            guard try fill() else { break }
        }
        return rejected(.tooLarge(limit: options.maxRecordBytes), line: startLine)
    }
}
