// class: native
// expected: rejected COC0005
// why: Unsafe.As reinterprets a reference as another type.
return System.Runtime.CompilerServices.Unsafe.As<string>(new object()).Length;
