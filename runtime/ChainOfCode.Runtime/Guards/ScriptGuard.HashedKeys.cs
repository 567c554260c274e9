using System;
using System.Collections;
using System.Collections.Generic;

namespace ChainOfCode.Runtime;

public sealed partial class ScriptGuard
{
    /// <summary>
    /// A sequence given to a library call that puts its items into a hash collection (<c>new HashSet&lt;T&gt;(keys)</c>,
    /// <c>Distinct</c>, <c>ToDictionary</c>, <c>UnionWith</c>, ...): each item passes a checkpoint as the call takes it,
    /// so each insertion is followed by a check of the deadline. Keys built to collide (a long's default hash is not
    /// randomized) make one such call quadratic, and it would otherwise run with no checkpoint. A collection stays a
    /// collection (its count sizes the result before the items come, and an empty one keeps its shortcuts).
    /// </summary>
    public IEnumerable<T>? Keys<T>(IEnumerable<T>? values) => values switch
    {
        null => null,
        ICollection<T> collection => new SteppedCollection<T>(this, collection),
        _ => Stepped(values),
    };

    // A collection whose enumeration passes a checkpoint per item; nothing else changes (read-only: the call only reads it).
    private sealed class SteppedCollection<T>(ScriptGuard guard, ICollection<T> items) : ICollection<T>, IReadOnlyCollection<T>
    {
        public int Count => items.Count;

        public bool IsReadOnly => true;

        public IEnumerator<T> GetEnumerator()
        {
            foreach (T item in items)
            {
                guard.Checkpoint();
                yield return item;
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public bool Contains(T item) => items.Contains(item);

        public void CopyTo(T[] array, int arrayIndex) => items.CopyTo(array, arrayIndex);

        public void Add(T item) => throw new NotSupportedException();

        public void Clear() => throw new NotSupportedException();

        public bool Remove(T item) => throw new NotSupportedException();
    }
}
