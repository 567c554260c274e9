// class: finalizers
// expected: rejected COCR0004
// why: CriticalHandle's finalizer calls IsInvalid and ReleaseHandle: the overrides would run on the host's finalizer thread after the run (COCR0004).
class Handle : System.Runtime.InteropServices.CriticalHandle
{
    public Handle() : base(System.IntPtr.Zero) { }
    public override bool IsInvalid => false;
    protected override bool ReleaseHandle() { while (true) { } }
}
for (int i = 0; i < 1000; i++) { new Handle(); }
return 1;
