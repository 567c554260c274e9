// class: native
// expected: rejected
// why: unsafe as; the gate refuses it (COC0005 or a gate check) before anything runs.
return System.Runtime.CompilerServices.Unsafe.As<object, string>(ref System.Runtime.CompilerServices.Unsafe.NullRef<object>());
