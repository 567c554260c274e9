using System;
using System.Reflection;

namespace Snippets;

/// <summary>COC0004: a type and a method chosen by strings, and late binding through dynamic.</summary>
public static class ReflectionByName
{
    public static object? CreateByName(string typeName)
    {
        Type? type = Type.GetType(typeName);
        return type is null ? null : Activator.CreateInstance(type);
    }

    public static object? CallByName(object target, string methodName)
    {
        MethodInfo? method = target.GetType().GetMethod(methodName, Type.EmptyTypes);
        return method?.Invoke(target, null);
    }

    public static int LengthOf(object value)
    {
        dynamic anything = value;
        return anything.Length;
    }
}
