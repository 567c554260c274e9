// class: native
// expected: rejected
// why: function pointer; the gate refuses it (COC0005 or a gate check) before anything runs.
unsafe { delegate*<void> f = null; f(); }
return 0;
