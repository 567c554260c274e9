using System;
using System.Collections.Generic;
using System.Numerics;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;

namespace ChainOfCode.Runtime;

/// <summary>
/// Values turned into text where the script cannot see it: a <see cref="JsonNode"/> writes itself indented in one
/// library call whose output is not bounded by the tree, and a <see cref="BigInteger"/>'s decimal text takes time
/// quadratic in its length. Either may hide behind a value typed as <c>object</c>, an interface or a type parameter, or
/// inside a tuple, a <see cref="KeyValuePair{TKey, TValue}"/>, a <see cref="Lazy{T}"/> or an anonymous type whose library- or compiler-written
/// <c>ToString</c> formats its members. The guard rewrite hands such values to these methods wherever a value becomes
/// text (an interpolation hole, a concatenation, a <c>ToString()</c> call, the object arguments and sequences of the
/// string-building calls: <see cref="GuardRewriter"/>), and the run's console does the same for what it is given: a
/// node's text goes through <see cref="GuardedJson.NodeText"/>, a big integer through <see cref="BigText"/>, and a tuple,
/// pair or anonymous type is written here as its own <c>ToString</c> would write it, member by member, each level
/// entering the guard as a call does.
/// </summary>
public sealed partial class ScriptGuard
{
    /// <summary>As <c>value.ToString()</c> (null throws as the call would; a null <see cref="Nullable{T}"/> is empty).</summary>
    public string ToText<T>(T value)
    {
        if (value is null)
        {
            return Nullable.GetUnderlyingType(typeof(T)) is not null ? string.Empty : throw new NullReferenceException();
        }

        return TextOf((object)value) ?? string.Empty;
    }

    /// <summary>A value's text as a concatenation takes it: null for null.</summary>
    public string? TextOf<T>(T value) => value is null ? null : TextOf((object)value);

    /// <summary>
    /// A value handed to a formatting call (an interpolation hole, a format or append argument): the text of a node, a
    /// tuple, a pair or an anonymous type; a big integer checked and passed on, so its format still applies; anything
    /// else as it is.
    /// </summary>
    public object? Hole<T>(T value) => value switch
    {
        null => null,
        BigInteger big => BigText(big),
        _ when NeedsText(value) => TextOf((object)value),
        _ => value,
    };

    /// <summary>The receiver of <c>ToString(format)</c> or <c>TryFormat</c> through a type parameter or an interface: a big integer checked (<see cref="BigText"/>), the value unchanged.</summary>
    public T Formatted<T>(T value)
    {
        if (value is BigInteger big)
        {
            BigText(big);
        }

        return value;
    }

    /// <summary>An array of values handed to a formatting call as one argument: a copy with <see cref="Hole{T}"/> of each element, when one needs it.</summary>
    public object?[]? Holes(object?[]? values)
    {
        if (values is null)
        {
            return null;
        }

        object?[]? copy = null;
        for (int i = 0; i < values.Length; i++)
        {
            object? held = values[i];
            object? passed = Hole(held);
            if (copy is null && !ReferenceEquals(held, passed))
            {
                copy = (object?[])values.Clone();
            }

            if (copy is not null)
            {
                copy[i] = passed;
            }
        }

        return copy ?? values;
    }

    /// <summary>A sequence joined or concatenated into text: each item through <see cref="Hole{T}"/> as the call takes it.</summary>
    public IEnumerable<object?>? Texts<T>(IEnumerable<T>? values) => values is null ? null : HolesOf(values);

    /// <summary>The method group <c>value.ToString</c> on a value that may need it: <see cref="ToText{T}"/>, bound now.</summary>
    public Func<string> ToTextMethod<T>(T value)
    {
        _ = value ?? throw new NullReferenceException();
        return () => ToText(value);
    }

    private IEnumerable<object?> HolesOf<T>(IEnumerable<T> values)
    {
        foreach (T value in values)
        {
            yield return Hole(value);
        }
    }

    private static bool NeedsText(object value) => value is JsonNode || IsComposite(value.GetType());

    private static bool IsComposite(Type type) =>
        type.IsGenericType
        && (type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>) || type.GetGenericTypeDefinition() == typeof(Lazy<>)
            || (type.Namespace == "System" && type.Name.StartsWith("ValueTuple`", StringComparison.Ordinal))
            || (type.Namespace == "System" && type.Name.StartsWith("Tuple`", StringComparison.Ordinal))
            || IsAnonymous(type));

    private static bool IsAnonymous(Type type) =>
        type.Name.Contains("AnonymousType", StringComparison.Ordinal) && type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false);

    private string? TextOf(object value)
    {
        switch (value)
        {
            case string text:
                return text;
            case JsonNode node:
                return Json.NodeText(node);
            case BigInteger big:
                return BigText(big).ToString();
        }

        Type type = value.GetType();
        if (!IsComposite(type))
        {
            return value.ToString();
        }

        // One level of a composite: entered as a call (the depth limit, the stack probe, a checkpoint).
        Enter();
        try
        {
            return ComposedText(value, type);
        }
        finally
        {
            Exit();
        }
    }

    // The text the type's own ToString writes, with each member through TextOf.
    private string ComposedText(object value, Type type)
    {
        if (type.GetGenericTypeDefinition() == typeof(Lazy<>))
        {
            // Lazy's ToString: its value's text once created, else a fixed sentence.
            return type.GetProperty("IsValueCreated")!.GetValue(value) is true ? MemberText(type.GetProperty("Value")!.GetValue(value)) ?? string.Empty : value.ToString()!;
        }

        var text = new StringBuilder();
        if (type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>))
        {
            text.Append('[').Append(MemberText(type.GetProperty("Key")!.GetValue(value)))
                .Append(", ").Append(MemberText(type.GetProperty("Value")!.GetValue(value))).Append(']');
        }
        else if (value is ITuple tuple)
        {
            text.Append('(');
            for (int i = 0; i < tuple.Length; i++)
            {
                text.Append(i == 0 ? string.Empty : ", ").Append(MemberText(tuple[i]));
            }

            text.Append(')');
        }
        else
        {
            // An anonymous type: "{ A = 1, B = x }", its members in the order of its constructor's parameters.
            ParameterInfo[] members = type.GetConstructors()[0].GetParameters();
            text.Append('{');
            for (int i = 0; i < members.Length; i++)
            {
                text.Append(i == 0 ? " " : ", ").Append(members[i].Name).Append(" = ")
                    .Append(MemberText(type.GetProperty(members[i].Name!)!.GetValue(value)));
            }

            text.Append(" }");
        }

        CheckItems(text.Length, 2);
        return text.ToString();
    }

    private string? MemberText(object? member)
    {
        string? text = member is null ? null : TextOf(member);
        return text is null ? null : Piece(text, 1);
    }
}
