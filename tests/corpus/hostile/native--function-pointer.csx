// class: native
// expected: rejected COC0005
// why: function pointer; the gate refuses it (COC0005) before anything runs.
unsafe { delegate*<void> f = null; f(); }
return 0;
