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
        T[] array => new SteppedCollection<T>(this, array, array),
        ICollection<T> collection => new SteppedCollection<T>(this, collection, null),
        _ => Stepped(values),
    };

    // A library method made a delegate (the guard rewrite writes "__cocRun.EachCall((Predicate<long>)(set.Contains))"):
    // each call passes a checkpoint first. A library method that runs a delegate per item (List<T>.RemoveAll,
    // Array.FindAll, Enumerable.Count) runs no script code when the delegate is a library method too, and a method of a
    // hash collection walks a whole chain of keys that collide at each call: one call quadratic in the keys, which
    // otherwise passes no checkpoint. The same delegate, the same answers, one checkpoint more per call.
#pragma warning disable CS1591 // each is EachCall for one delegate shape
    public Action EachCall(Action method) => () =>
    {
        Checkpoint();
        method();
    };

    public Action<T> EachCall<T>(Action<T> method) => x =>
    {
        Checkpoint();
        method(x);
    };

    public Action<T1, T2> EachCall<T1, T2>(Action<T1, T2> method) => (x, y) =>
    {
        Checkpoint();
        method(x, y);
    };

    public Func<TResult> EachCall<TResult>(Func<TResult> method) => () =>
    {
        Checkpoint();
        return method();
    };

    public Func<T, TResult> EachCall<T, TResult>(Func<T, TResult> method) => x =>
    {
        Checkpoint();
        return method(x);
    };

    public Func<T1, T2, TResult> EachCall<T1, T2, TResult>(Func<T1, T2, TResult> method) => (x, y) =>
    {
        Checkpoint();
        return method(x, y);
    };

    public Func<T1, T2, T3, TResult> EachCall<T1, T2, T3, TResult>(Func<T1, T2, T3, TResult> method) => (x, y, z) =>
    {
        Checkpoint();
        return method(x, y, z);
    };

    public Predicate<T> EachCall<T>(Predicate<T> method) => x =>
    {
        Checkpoint();
        return method(x);
    };

    public Converter<TInput, TOutput> EachCall<TInput, TOutput>(Converter<TInput, TOutput> method) => x =>
    {
        Checkpoint();
        return method(x);
    };

    public Comparison<T> EachCall<T>(Comparison<T> method) => (x, y) =>
    {
        Checkpoint();
        return method(x, y);
    };
#pragma warning restore CS1591

    // A collection whose enumeration passes a checkpoint per item; nothing else changes (read-only: the call only reads it).
    // An array (array: the same as items) is walked by index, without its own enumerator under this one.
    private sealed class SteppedCollection<T>(ScriptGuard guard, ICollection<T> items, T[]? array) : ICollection<T>, IReadOnlyCollection<T>
    {
        public int Count => items.Count;

        public bool IsReadOnly => true;

        public IEnumerator<T> GetEnumerator() => array is null ? Stepped() : new SteppedArray(guard, array);

        private IEnumerator<T> Stepped()
        {
            foreach (T item in items)
            {
                guard.Checkpoint();
                yield return item;
            }
        }

        private sealed class SteppedArray(ScriptGuard guard, T[] array) : IEnumerator<T>
        {
            private int index = -1;

            public T Current => array[index];

            object? IEnumerator.Current => Current;

            public bool MoveNext()
            {
                if (index + 1 >= array.Length)
                {
                    index = array.Length;
                    return false;
                }

                guard.Checkpoint();
                index++;
                return true;
            }

            public void Reset() => index = -1;

            public void Dispose()
            {
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
