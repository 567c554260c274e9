// class: environment
// expected: rejected COC0006
// why: AppContext.BaseDirectory reveals where the host is installed.
return AppContext.BaseDirectory;
