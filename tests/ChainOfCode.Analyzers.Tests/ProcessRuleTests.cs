namespace ChainOfCode.Analyzers.Tests;

/// <summary>COC0002: processes and runtime control.</summary>
public class ProcessRuleTests
{
    [Fact]
    public Task Process_and_start_info() => Verify.Analyzer("""
        using System.Diagnostics;
        class C
        {
            void M()
            {
                {|COC0002:Process.Start("sh")|};
                var info = {|COC0002:new ProcessStartInfo("sh")|};
                {|COC0002:Process.GetCurrentProcess()|};
            }
        }
        """);

    [Fact]
    public Task Exit_failfast_appdomain_appcontext() => Verify.Analyzer("""
        using System;
        class C
        {
            void M()
            {
                {|COC0002:Environment.Exit(1)|};
                {|COC0002:Environment.FailFast("x")|};
                {|COC0002:AppDomain.CurrentDomain|}.ToString();
                {|COC0002:AppContext.SetSwitch("x", true)|};
                {|COC0002:AppContext.SetData("x", 1)|};
            }
        }
        """);

    [Fact]
    public Task GC_control_but_not_harmless_reads() => Verify.Analyzer("""
        using System;
        class C
        {
            void M()
            {
                {|COC0002:GC.Collect()|};
                {|COC0002:GC.AddMemoryPressure(1)|};
                {|COC0002:GC.TryStartNoGCRegion(1)|};
                GC.GetTotalMemory(false);
                GC.CollectionCount(0);
                GC.GetAllocatedBytesForCurrentThread();
                GC.KeepAlive(this);
            }
        }
        """);

    [Fact]
    public Task The_ordinary_dispose_pattern_is_not_flagged() => Verify.Analyzer("""
        using System;
        class Resource : IDisposable
        {
            public void Dispose()
            {
                Dispose(true);
                GC.SuppressFinalize(this);
            }

            protected virtual void Dispose(bool disposing) { }
        }
        """);

    [Fact]
    public Task Process_wide_state_a_script_would_leave_behind() => Verify.Analyzer("""
        using System.Globalization;
        using System.Text.RegularExpressions;
        class C
        {
            void M(string s)
            {
                {|COC0002:string.Intern(s)|};
                {|COC0002:CultureInfo.DefaultThreadCurrentCulture|} = CultureInfo.InvariantCulture;
                {|COC0002:System.TimeZoneInfo.ClearCachedData()|};
                {|COC0002:Regex.CacheSize|} = 0;
                {|COC0002:System.Text.Encoding.RegisterProvider(null!)|};
                string.IsInterned(s);
                CultureInfo.CurrentCulture.ToString();
            }
        }
        """);

    [Fact]
    public Task A_debug_call_the_compiler_leaves_out_is_not_reported() => Verify.Analyzer("""
        using System.Diagnostics;
        class C
        {
            int M(int x)
            {
                Debug.Assert(x > 0, "positive");
                Debug.WriteLine(x);
                Trace.WriteLine(x);
                {|COC0002:Debug.AutoFlush|} = true;
                return x;
            }
        }
        """);

    [Fact]
    public Task A_debug_call_is_reported_where_its_symbol_is_defined() => Verify.Analyzer("""
        #define DEBUG
        #undef TRACE
        #if NEVER
        #define TRACE
        #endif
        using System.Diagnostics;
        class C
        {
            void M(bool ok)
            {
                {|COC0002:Debug.Assert(ok)|};
                Trace.Assert(ok);
            }
        }
        """);

    [Fact]
    public Task Debugger_launch_and_break() => Verify.Analyzer("""
        using System.Diagnostics;
        class C
        {
            void M()
            {
                {|COC0002:Debugger.Launch()|};
                {|COC0002:Debugger.Break()|};
                _ = Debugger.IsAttached;
            }
        }
        """);

    [Fact]
    public Task Failed_contracts_and_the_unobserved_task_handler() => Verify.Analyzer("""
        #define DEBUG
        using System.Diagnostics.Contracts;
        using System.Runtime.CompilerServices;
        using System.Threading.Tasks;
        class C
        {
            void M()
            {
                {|COC0002:Contract.Assert(false)|};
                {|COC0002:ContractHelper.TriggerFailure(ContractFailureKind.Assert, "x", null, null, null)|};
                {|COC0002:TaskScheduler.UnobservedTaskException|} += (sender, e) => { };
                _ = TaskScheduler.Current;
            }
        }
        """);

    [Fact]
    public Task A_module_initializer() => Verify.Analyzer("""
        using System.Runtime.CompilerServices;
        static class C
        {
            [{|COC0002:ModuleInitializer|}]
            internal static void Init() { }
        }
        """);

    // The handler runs at every switch of execution context, on the host's threads too, and an exception there is
    // FailFast: under a denylist policy it ended the host. A local without a handler is harmless.
    [Fact]
    public Task An_async_local_with_a_change_handler() => Verify.Analyzer("""
        using System.Threading;
        class C
        {
            void M()
            {
                var watched = {|COC0002:new AsyncLocal<int>(change => { })|};
                var plain = new AsyncLocal<int>();
            }
        }
        """);

    // A process-wide pool: an array returned twice went to two renters at once (under a denylist policy on main at
    // b8cc54b), the host's code and other runs among them. A pool of the script's own is fine.
    [Fact]
    public Task The_shared_array_and_memory_pools() => Verify.Analyzer("""
        using System.Buffers;
        class C
        {
            void M()
            {
                var a = {|COC0002:ArrayPool<byte>.Shared|}.Rent(16);
                var m = {|COC0002:MemoryPool<byte>.Shared|}.Rent(16);
                var own = ArrayPool<byte>.Create();
                own.Return(own.Rent(16));
            }
        }
        """);
}
