namespace ChainOfCode.Analyzers.Tests;

/// <summary>COC0004: reflection, dynamic code, and names in strings.</summary>
public class ReflectionRuleTests
{
    [Fact]
    public Task Type_by_string_and_assembly_loading() => Verify.Analyzer("""
        using System;
        using System.Reflection;
        class C
        {
            void M(byte[] b)
            {
                {|COC0004:Type.GetType("System.IO.File")|};
                {|COC0004:Assembly.Load(b)|};
                {|COC0004:Assembly.LoadFrom("x.dll")|};
                {|COC0004:Assembly.LoadFile("x.dll")|};
                {|COC0004:typeof(object).Assembly.GetType("System.IO.File")|};
                {|COC0004:System.Runtime.Loader.AssemblyLoadContext.Default|}.ToString();
                typeof(C).GetType();
            }
        }
        """);

    [Fact]
    public Task Json_metadata_that_creates_reads_or_writes_by_reflection() => Verify.Analyzer("""
        using System.Text.Json.Serialization.Metadata;
        class C
        {
            void M(JsonTypeInfo info, JsonTypeInfo<C> typed, JsonPropertyInfo property)
            {
                var create = {|COC0004:info.CreateObject|};
                var createTyped = {|COC0004:typed.CreateObject|};
                var read = {|COC0004:property.Get|};
                {|COC0004:property.Set|} = null;
                info.Type.ToString();
            }
        }
        """);

    [Fact]
    public Task Activator_invoke_getvalue_setvalue_delegates() => Verify.Analyzer("""
        using System;
        using System.Reflection;
        class C
        {
            int F;
            void M(Delegate d, MethodInfo m, PropertyInfo p, FieldInfo f)
            {
                {|COC0004:Activator.CreateInstance(typeof(C))|};
                {|COC0004:m.Invoke(null, null)|};
                {|COC0004:p.GetValue(this)|};
                {|COC0004:p.SetValue(this, 1)|};
                {|COC0004:f.SetValue(this, 1)|};
                {|COC0004:Delegate.CreateDelegate(typeof(Action), m)|};
                {|COC0004:d.DynamicInvoke()|};
                typeof(C).GetMethod("M");
            }
        }
        """);

    [Fact]
    public Task Emit_expression_compile_uninitialized_object_unsafe_accessor() => Verify.Analyzer("""
        using System;
        using System.Linq.Expressions;
        using System.Runtime.CompilerServices;
        class C
        {
            [{|COC0004:UnsafeAccessor(UnsafeAccessorKind.Field, Name = "x")|}]
            static extern ref int X(C c);

            void M(Expression<Func<int>> e)
            {
                {|COC0004:e.Compile()|};
                {|COC0004:RuntimeHelpers.GetUninitializedObject(typeof(C))|};
                {|COC0004:new System.Reflection.Emit.DynamicMethod("m", null, null)|};
            }
        }
        """.Replace("static extern", "static {|COC0005:extern|}"));

    [Fact]
    public Task Non_public_binding_flags() => Verify.Analyzer("""
        using System.Reflection;
        class C
        {
            object M() => typeof(C).GetField("x", {|COC0004:BindingFlags.NonPublic|} | BindingFlags.Instance);
            object N() => typeof(C).GetField("x", BindingFlags.Public | BindingFlags.Instance);
        }
        """);

    [Fact]
    public Task Dynamic_type_everywhere() => Verify.Analyzer("""
        using System.Collections.Generic;
        class C
        {
            {|COC0004:dynamic|} F;
            {|COC0004:List<dynamic>|} L;
            object M(object o) => {|COC0004:(dynamic)o|};
        }
        """);
}

/// <summary>COC0004: code that runs compiled expression trees or call sites outside the guards.</summary>
public class DynamicCodeRouteTests
{
    [Fact]
    public Task Queryable_call_sites_and_xslt() => Verify.Analyzer("""
        using System.Linq;
        class C
        {
            void M(int[] xs)
            {
                {|COC0004:xs.AsQueryable()|};
                {|COC0004:new System.Xml.Xsl.XslCompiledTransform()|};
            }
        }
        class B : {|COC0004:System.Runtime.CompilerServices.CallSiteBinder|}
        {
            public override System.Linq.Expressions.Expression Bind(object[] args, System.Collections.ObjectModel.ReadOnlyCollection<System.Linq.Expressions.ParameterExpression> parameters, System.Linq.Expressions.LabelTarget returnLabel) => null!;
        }
        """);
}
