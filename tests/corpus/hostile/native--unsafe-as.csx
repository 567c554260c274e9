// class: native
// expected: rejected COC0005
// why: unsafe as; the gate refuses it (COC0005) before anything runs.
return System.Runtime.CompilerServices.Unsafe.As<object, string>(ref System.Runtime.CompilerServices.Unsafe.NullRef<object>());
