// class: process
// expected: rejected COC0002
// why: a failed contract calls Environment.FailFast and ends the host process, whatever the script defines (COC0002).
System.Runtime.CompilerServices.ContractHelper.TriggerFailure(System.Diagnostics.Contracts.ContractFailureKind.Assert, "boom", null, null, null);
return 1;
