import Dispatch

extension Array where Element: Sendable {
    /// Maps every element on all cores, keeping the order of the input.
    /// Every element is tried; the error of the first failing element (by index) is then thrown.
    public func concurrentMap<Value: Sendable, Failure: Error>(
        _ transform: @Sendable (Element) throws(Failure) -> Value
    ) throws(Failure) -> [Value] {
        let results = ConcurrentResults<Value, Failure>(count: count)
        let elements = self
        DispatchQueue.concurrentPerform(iterations: count) { index in
            do throws(Failure) {
                results.store(.success(try transform(elements[index])), at: index)
            } catch {
                results.store(.failure(error), at: index)
            }
        }
        return try results.values()
    }
}

/// Slots that `concurrentPerform` workers fill, one index each.
private final class ConcurrentResults<Value: Sendable, Failure: Error>: @unchecked Sendable {
    // Each slot is written by exactly one worker and read only after `concurrentPerform` returns.
    private let slots: UnsafeMutableBufferPointer<Result<Value, Failure>?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ result: Result<Value, Failure>, at index: Int) { slots[index] = result }

    func values() throws(Failure) -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(slots.count)
        for slot in slots { values.append(try slot!.get()) }
        return values
    }
}
