// class: native
// expected: rejected COC0005
// why: a SafeHandle subclass in a base list releases handles on the finalizer thread.
class H : System.Runtime.InteropServices.SafeHandle
{
    public H() : base(IntPtr.Zero, true) { }
    public override bool IsInvalid => false;
    protected override bool ReleaseHandle() => true;
}
return new H().IsInvalid;
