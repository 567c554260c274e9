// class: reflection
// expected: rejected COC0004
// why: RuntimeHelpers.GetUninitializedObject skips every constructor.
return System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(typeof(Random)) is null;
