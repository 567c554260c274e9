using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ChainOfCode.Benchmarks.Analyzers;

/// <summary>
/// `--corpus varied` (issue 13, group 6): a corpus nobody tuned the analyzers for. A seeded random program
/// generator composes each file from a random set of user types (an enum, an abstract base class, classes and
/// positional records whose properties point at one another, a static helper class with generic and
/// extension methods) and gives them many small methods whose bodies are random, type-directed nestings of
/// statements (locals, assignments, if/else, foreach, for, while, switch, try/catch/finally, pattern matching,
/// guard throws, early returns, awaits, local functions) and expressions (member-access chains through the
/// user types, property and field reads, calls of the generated methods, conversions and parsing, string
/// handling and interpolation, collections and LINQ with lambdas, generics, switch expressions and patterns).
/// Each file is a different mix of about 500 lines; one banned use is planted at a random statement of a
/// random method of each file, two in the first (101 for 100 files). It compiles with no errors.
/// </summary>
public static class VariedCodeProject
{
    public const int Seed = 20261203;

    public static CSharpCompilation Create(int files) =>
        SyntheticProject.Compile("Varied", Enumerable.Range(0, files).Select(i => (new FileGenerator(i).Generate(), $"Varied{i}.cs")));

    /// <summary>The planted banned uses (string-valued): files, environment, process, reflection, threads, console.</summary>
    private static readonly string[] BannedUses =
    {
        "System.IO.File.ReadAllText(\"secret.txt\")",
        "System.Environment.GetEnvironmentVariable(\"HOME\") ?? \"\"",
        "System.Diagnostics.Process.GetCurrentProcess().ProcessName",
        "System.Type.GetType(\"System.IO.File\")?.Name ?? \"\"",
        "System.Environment.MachineName",
        "System.IO.Directory.GetCurrentDirectory()",
        "System.IO.Path.GetTempPath()",
        "System.Activator.CreateInstance(typeof(StringBuilder))?.ToString() ?? \"\"",
        "System.Threading.Tasks.Task.Run(() => 42).Result.ToString(CultureInfo.InvariantCulture)",
        "System.Console.ReadLine() ?? \"\"",
    };

    private enum Kind { Int, Double, Decimal, Bool, String, Date, Enum, User, List, IntList, Dict, Builder, Object }

    private sealed class TypeRef
    {
        public TypeRef(string name, Kind kind, UserType? user = null)
        {
            Name = name;
            Kind = kind;
            User = user;
        }

        public string Name { get; }
        public Kind Kind { get; }
        public UserType? User { get; }
    }

    private sealed class UserType
    {
        public UserType(string name, bool isRecord)
        {
            Name = name;
            IsRecord = isRecord;
            Type = new TypeRef(name, Kind.User, this);
            ListType = new TypeRef($"List<{name}>", Kind.List, this);
        }

        public string Name { get; }
        public bool IsRecord { get; }
        public TypeRef Type { get; }
        public TypeRef ListType { get; }
        public List<Prop> Props { get; } = new();
        public List<Var> Fields { get; } = new();
        public List<Method> Methods { get; } = new();
        public List<string> Members { get; } = new();
    }

    private sealed record Prop(string Name, TypeRef Type, bool Settable);

    private sealed record Var(string Name, TypeRef Type, bool Assignable);

    private sealed record Method(string Name, TypeRef? Return, List<Var> Params, bool Async, bool Static);

    private sealed class FileGenerator
    {
        private static readonly TypeRef Int = new("int", Kind.Int);
        private static readonly TypeRef Double = new("double", Kind.Double);
        private static readonly TypeRef Decimal = new("decimal", Kind.Decimal);
        private static readonly TypeRef Bool = new("bool", Kind.Bool);
        private static readonly TypeRef String = new("string", Kind.String);
        private static readonly TypeRef Date = new("DateTime", Kind.Date);
        private static readonly TypeRef IntList = new("List<int>", Kind.IntList);
        private static readonly TypeRef Dict = new("Dictionary<string, int>", Kind.Dict);
        private static readonly TypeRef Builder = new("StringBuilder", Kind.Builder);
        private static readonly TypeRef Object = new("object", Kind.Object);
        private static readonly string[] Words = { "alpha", "north", "item", "order", "red", "total", "key", "draft", "open", "x" };

        private readonly int file;
        private readonly Random random;
        private readonly TypeRef status;
        private readonly string[] statusMembers;
        private readonly List<UserType> users = new();
        private readonly List<List<Var>> scopes = new();
        private readonly Dictionary<(TypeRef From, TypeRef To), List<string>> suffixes = new();
        private UserType? self;
        private TypeRef? returns;
        private bool inAsync;
        private int names;
        private int lambdas;
        private int plantAt = -1;
        private int statementsInMethod;
        private bool planted;

        public FileGenerator(int file)
        {
            this.file = file;
            random = new Random(Seed + (file * 7919));
            statusMembers = Pick(new[] { "Open", "Paid", "Shipped", "Closed", "Draft", "Held", "Lost" }, random.Next(3, 6));
            status = new TypeRef($"State{file}", Kind.Enum);
        }

        /// <summary>The lines of methods a file gets; the types, properties and helpers make up the rest of about 500.</summary>
        private const int TargetLines = 340;

        private string BaseName => $"EntityBase{file}";

        private string Helpers => $"Helpers{file}";

        public string Generate()
        {
            DeclareTypes();
            // The planted uses go to the methods written when the file's member lines pass random marks.
            var plantMarks = new Queue<int>(Enumerable.Range(0, file == 0 ? 2 : 1).Select(_ => random.Next(0, TargetLines)).Order());
            int lines = 0;
            int round = 0;
            while (lines < TargetLines || plantMarks.Count > 0)
            {
                // Each round gives every type a new method (later ones may call the earlier ones).
                foreach (UserType user in users)
                {
                    if (lines >= TargetLines && plantMarks.Count == 0)
                    {
                        break;
                    }

                    if (user.IsRecord && random.Next(3) == 0)
                    {
                        continue;
                    }

                    Method method = DeclareMethod(user, round);
                    bool plant = plantMarks.Count > 0 && lines >= plantMarks.Peek();
                    string text = MethodText(user, method, plant);
                    if (plant)
                    {
                        plantMarks.Dequeue();
                    }

                    user.Members.Add(text);
                    lines += text.Count(c => c == '\n');
                }

                round++;
            }

            return Assemble();
        }

        // ---- the type model -------------------------------------------------------------------------

        private void DeclareTypes()
        {
            int count = random.Next(3, 6);
            for (int k = 0; k < count; k++)
            {
                bool isRecord = k > 0 && random.Next(3) == 0;
                string name = (isRecord ? Pick(new[] { "Line", "Entry", "Point", "Range", "Tag", "Quote" }) : Pick(new[] { "Customer", "Order", "Invoice", "Product", "Account", "Shipment", "Route", "Ticket" })) + $"{file}_{k}";
                var user = new UserType(name, isRecord);
                int props = random.Next(isRecord ? 2 : 3, isRecord ? 5 : 8);
                if (!isRecord)
                {
                    user.Props.Add(new Prop("Id", Int, true));
                    user.Props.Add(new Prop("Label", String, true));
                }

                for (int p = 0; p < props; p++)
                {
                    TypeRef type = PropertyType(isRecord);
                    user.Props.Add(new Prop(PropName(type, p), type, !isRecord));
                }

                if (!isRecord)
                {
                    user.Fields.Add(new Var($"counter{k}", Int, true));
                    if (users.Count > 0)
                    {
                        user.Fields.Add(new Var($"cache{k}", Pick(users).ListType, false));
                    }
                }

                users.Add(user);
            }
        }

        private TypeRef PropertyType(bool isRecord)
        {
            int roll = random.Next(20);
            return roll switch
            {
                < 4 => Int,
                < 8 => String,
                < 9 => Double,
                < 11 => Decimal,
                < 12 => Bool,
                < 13 => Date,
                < 14 => status,
                < 17 when users.Count > 0 => Pick(users).Type,
                < 19 when users.Count > 0 && !isRecord => Pick(users).ListType,
                < 20 when !isRecord => random.Next(2) == 0 ? IntList : Dict,
                _ => String,
            };
        }

        private static string PropName(TypeRef type, int p) => type.Kind switch
        {
            Kind.Int => new[] { "Count", "Quantity", "Rank", "Size" }[p % 4],
            Kind.String => new[] { "Name", "Code", "Title", "Note" }[p % 4],
            Kind.Double => "Weight",
            Kind.Decimal => new[] { "Price", "Amount", "Balance" }[p % 3],
            Kind.Bool => "Active",
            Kind.Date => "Created",
            Kind.Enum => "State",
            Kind.User => type.Name.Split('_')[0].TrimEnd("0123456789".ToCharArray()),
            Kind.List => type.Name[5..].Split('_')[0].TrimEnd("0123456789".ToCharArray()) + "s",
            Kind.IntList => "Scores",
            _ => "Totals",
        } + p;

        private Method DeclareMethod(UserType user, int round)
        {
            bool isStatic = !user.IsRecord && random.Next(8) == 0;
            bool isAsync = !isStatic && random.Next(7) == 0;
            TypeRef? result = random.Next(6) == 0 ? null : RandomType(allowObject: false);
            var parameters = new List<Var>();
            int count = random.Next(0, 4);
            for (int p = 0; p < count; p++)
            {
                parameters.Add(new Var($"p{p}", RandomType(allowObject: false), true));
            }

            string verb = Pick(new[] { "Compute", "Find", "Apply", "Build", "Check", "Merge", "Render", "Load", "Adjust", "Score" });
            var method = new Method($"{verb}{round}{user.Methods.Count}{(isAsync ? "Async" : "")}", result, parameters, isAsync, isStatic);
            user.Methods.Add(method);
            return method;
        }

        private TypeRef RandomType(bool allowObject)
        {
            int roll = random.Next(allowObject ? 19 : 18);
            return roll switch
            {
                < 3 => Int,
                < 6 => String,
                < 7 => Double,
                < 8 => Decimal,
                < 10 => Bool,
                < 11 => Date,
                < 12 => status,
                < 15 => Pick(users).Type,
                < 16 => Pick(users).ListType,
                < 17 => IntList,
                < 18 => random.Next(2) == 0 ? Dict : Builder,
                _ => Object,
            };
        }

        // ---- members --------------------------------------------------------------------------------

        private string MethodText(UserType user, Method method, bool plant)
        {
            self = method.Static ? null : user;
            returns = method.Return;
            inAsync = method.Async;
            names = 0;
            scopes.Clear();
            scopes.Add(InstanceScope(user, method.Static));
            scopes.Add(new List<Var>(method.Params));
            string signature = Signature(user, method);
            var text = new StringBuilder();
            if (!plant && method.Return is not null && !method.Async && random.Next(4) == 0)
            {
                text.Append($"    {signature} => {Expr(method.Return, 3)};\n");
                return text.ToString();
            }

            planted = false;
            statementsInMethod = 0;
            plantAt = plant ? random.Next(0, 6) : -1;
            text.Append($"    {signature}\n    {{\n");
            int statements = random.Next(3, 9);
            for (int s = 0; s < statements; s++)
            {
                Statement(text, 2, 3);
            }

            if (plant && !planted)
            {
                Plant(text, 2);
            }

            if (method.Return is not null)
            {
                text.Append($"        return {Expr(method.Return, 2)};\n");
            }

            text.Append("    }\n");
            return text.ToString();
        }

        private List<Var> InstanceScope(UserType user, bool isStatic)
        {
            var scope = new List<Var>();
            if (isStatic)
            {
                return scope;
            }

            scope.Add(new Var("this", user.Type, false));
            scope.AddRange(user.Props.Select(p => new Var(p.Name, p.Type, p.Settable)));
            scope.AddRange(user.Fields);
            return scope;
        }

        private string Signature(UserType user, Method method)
        {
            string result = method.Return is null
                ? (method.Async ? "async Task" : "void")
                : method.Async ? $"async Task<{method.Return.Name}>" : method.Return.Name;
            string parameters = string.Join(", ", method.Params.Select(p => $"{p.Type.Name} {p.Name}"));
            return $"public {(method.Static ? "static " : "")}{result} {method.Name}({parameters})";
        }

        private string Assemble()
        {
            var text = new StringBuilder();
            text.Append("using System;\nusing System.Collections.Generic;\nusing System.Globalization;\nusing System.Linq;\nusing System.Text;\nusing System.Threading.Tasks;\n\n");
            text.Append($"namespace Varied.Area{file % 9}.Module{file};\n\n");
            text.Append($"public enum {status.Name} {{ {string.Join(", ", statusMembers)} }}\n\n");
            text.Append($"public abstract class {BaseName}\n{{\n    public int Id {{ get; set; }}\n\n    public string Label {{ get; set; }} = \"\";\n\n");
            text.Append("    public virtual string Describe() => $\"{GetType().Name}#{Id.ToString(CultureInfo.InvariantCulture)}\";\n}\n\n");
            foreach (UserType user in users)
            {
                if (user.IsRecord)
                {
                    text.Append($"public sealed record {user.Name}({string.Join(", ", user.Props.Select(p => $"{p.Type.Name} {p.Name}"))})\n{{\n");
                }
                else
                {
                    text.Append($"public sealed class {user.Name} : {BaseName}\n{{\n");
                    foreach (Var field in user.Fields)
                    {
                        text.Append($"    private {(field.Assignable ? "" : "readonly ")}{field.Type.Name} {field.Name}{(field.Assignable ? "" : " = new()")};\n");
                    }

                    foreach (Prop prop in user.Props.Skip(2))
                    {
                        string init = prop.Type.Kind is Kind.String or Kind.User or Kind.List or Kind.IntList or Kind.Dict ? $" = {Literal(prop.Type)};" : "";
                        text.Append($"\n    public {prop.Type.Name} {prop.Name} {{ get; set; }}{init}\n");
                    }

                    // A computed property and an override, read through the same chains as the rest.
                    self = user;
                    returns = null;
                    inAsync = false;
                    scopes.Clear();
                    scopes.Add(InstanceScope(user, false));
                    text.Append($"\n    public int Weight => {Expr(Int, 2)};\n");
                    if (random.Next(2) == 0)
                    {
                        text.Append($"\n    public override string Describe() => {Expr(String, 2)};\n");
                    }
                }

                foreach (string member in user.Members)
                {
                    text.Append('\n').Append(member);
                }

                text.Append("}\n\n");
            }

            text.Append(HelpersText());
            return text.ToString();
        }

        private string HelpersText()
        {
            var text = new StringBuilder();
            text.Append($"public static class {Helpers}\n{{\n");
            text.Append("    public static T PickOr<T>(IReadOnlyList<T> items, int index, T fallback) => index >= 0 && index < items.Count ? items[index] : fallback;\n\n");
            text.Append("    public static IEnumerable<TResult> MapWhere<T, TResult>(this IEnumerable<T> source, Func<T, bool> keep, Func<T, TResult> map)\n    {\n");
            text.Append("        foreach (var item in source)\n        {\n            if (keep(item))\n            {\n                yield return map(item);\n            }\n        }\n    }\n\n");
            text.Append("    public static TValue GetOr<TKey, TValue>(this IReadOnlyDictionary<TKey, TValue> map, TKey key, TValue fallback) where TKey : notnull =>\n");
            text.Append("        map.TryGetValue(key, out var value) ? value : fallback;\n");
            foreach (UserType user in users)
            {
                self = null;
                scopes.Clear();
                scopes.Add(new List<Var> { new("item", user.Type, false) });
                text.Append($"\n    public static string Summary(this {user.Name} item) => {Expr(String, 2)};\n");
            }

            text.Append("}\n");
            return text.ToString();
        }

        // ---- statements -----------------------------------------------------------------------------

        private void Statement(StringBuilder text, int indent, int depth)
        {
            string pad = new(' ', indent * 4);
            if (plantAt >= 0 && !planted && statementsInMethod++ == plantAt)
            {
                Plant(text, indent);
                return;
            }

            int roll = random.Next(depth > 0 ? 100 : 55);
            if (roll < 30)
            {
                TypeRef type = RandomType(allowObject: true);
                string name = Fresh("v");
                string value = Expr(type, random.Next(2, 4));
                bool explicitType = type.Kind == Kind.Object || random.Next(3) == 0;
                text.Append($"{pad}{(explicitType ? type.Name : "var")} {name} = {value};\n");
                Declare(name, type);
            }
            else if (roll < 40)
            {
                Assignment(text, pad);
            }
            else if (roll < 50)
            {
                CallStatement(text, pad);
            }
            else if (roll < 55)
            {
                if (inAsync && random.Next(2) == 0)
                {
                    AwaitStatement(text, pad);
                }
                else
                {
                    text.Append($"{pad}if ({Expr(Bool, 2)})\n{pad}{{\n{pad}    throw new {Pick(new[] { "InvalidOperationException", "ArgumentException", "FormatException" })}({Expr(String, 1)});\n{pad}}}\n\n");
                }
            }
            else if (roll < 67)
            {
                text.Append($"{pad}if ({Expr(Bool, 3)})\n");
                Block(text, indent, depth - 1);
                if (random.Next(5) < 2)
                {
                    text.Append($"{pad}else\n");
                    Block(text, indent, depth - 1);
                }

                text.Append('\n');
            }
            else if (roll < 75)
            {
                TypeRef list = random.Next(4) == 0 ? IntList : Pick(users).ListType;
                string item = Fresh("item");
                text.Append($"{pad}foreach (var {item} in {Expr(list, 2)})\n");
                Block(text, indent, depth - 1, new Var(item, list.Kind == Kind.IntList ? Int : list.User!.Type, false));
                text.Append('\n');
            }
            else if (roll < 79)
            {
                string index = Fresh("i");
                text.Append($"{pad}for (int {index} = 0; {index} < {Expr(Int, 2)}; {index}++)\n");
                Block(text, indent, depth - 1, new Var(index, Int, false));
                text.Append('\n');
            }
            else if (roll < 81)
            {
                string guard = Fresh("guard");
                text.Append($"{pad}int {guard} = 0;\n{pad}while ({guard}++ < {random.Next(2, 9)} && {Expr(Bool, 2)})\n");
                Block(text, indent, depth - 1);
                text.Append('\n');
            }
            else if (roll < 86)
            {
                SwitchStatement(text, indent, depth);
            }
            else if (roll < 91)
            {
                TryStatement(text, indent, depth);
            }
            else if (roll < 95)
            {
                PatternStatement(text, indent, depth);
            }
            else if (roll < 97)
            {
                LocalFunction(text, pad);
            }
            else
            {
                text.Append($"{pad}if ({Expr(Bool, 2)})\n{pad}{{\n{pad}    return{(returns is null ? "" : " " + Expr(returns, 2))};\n{pad}}}\n\n");
            }
        }

        private void Plant(StringBuilder text, int indent)
        {
            string name = Fresh("leak");
            text.Append($"{new string(' ', indent * 4)}var {name} = {Pick(BannedUses)};\n");
            Declare(name, String);
            planted = true;
        }

        private void Block(StringBuilder text, int indent, int depth, Var? variable = null)
        {
            string pad = new(' ', indent * 4);
            text.Append($"{pad}{{\n");
            scopes.Add(variable is null ? new List<Var>() : new List<Var> { variable });
            int count = random.Next(1, 4);
            for (int s = 0; s < count; s++)
            {
                Statement(text, indent + 1, depth);
            }

            scopes.RemoveAt(scopes.Count - 1);
            text.Append($"{pad}}}\n");
        }

        private void Assignment(StringBuilder text, string pad)
        {
            var targets = Visible().Where(v => v.Assignable).ToList();
            var objects = Visible().Where(v => v.Type.Kind == Kind.User && !v.Type.User!.IsRecord).ToList();
            if (objects.Count > 0 && (targets.Count == 0 || random.Next(3) == 0))
            {
                Var target = Pick(objects);
                Prop prop = Pick(target.Type.User!.Props.Where(p => p.Settable).ToList());
                text.Append($"{pad}{target.Name}.{prop.Name} = {Expr(prop.Type, 2)};\n");
                return;
            }

            if (targets.Count == 0)
            {
                text.Append($"{pad}_ = {Expr(String, 2)};\n");
                return;
            }

            Var variable = Pick(targets);
            string op = variable.Type.Kind switch
            {
                Kind.Int or Kind.Double or Kind.Decimal => Pick(new[] { "=", "+=", "-=" }),
                Kind.String => Pick(new[] { "=", "+=" }),
                _ => "=",
            };
            if (variable.Type.Kind == Kind.Int && random.Next(4) == 0)
            {
                text.Append($"{pad}{variable.Name}++;\n");
                return;
            }

            text.Append($"{pad}{variable.Name} {op} {Expr(variable.Type, 2)};\n");
        }

        private void CallStatement(StringBuilder text, string pad)
        {
            var collections = Visible().Where(v => v.Type.Kind is Kind.List or Kind.IntList or Kind.Dict or Kind.Builder).ToList();
            if (collections.Count > 0 && random.Next(2) == 0)
            {
                Var target = Pick(collections);
                string call = target.Type.Kind switch
                {
                    Kind.List => random.Next(3) == 0
                        ? $"{target.Name}.RemoveAll({Fn(target.Type.User!.Type, Bool, 1)})"
                        : $"{target.Name}.Add({Expr(target.Type.User!.Type, 2)})",
                    Kind.IntList => random.Next(3) == 0 ? $"{target.Name}.Sort()" : $"{target.Name}.Add({Expr(Int, 2)})",
                    Kind.Dict => $"{target.Name}[{Expr(String, 1)}] = {Expr(Int, 2)}",
                    _ => $"{target.Name}.Append({Expr(String, 2)}).Append(' ').AppendLine({Expr(String, 1)})",
                };
                text.Append($"{pad}{call};\n");
                return;
            }

            var methods = Callable(m => m.Return is null || random.Next(4) == 0).ToList();
            if (methods.Count == 0)
            {
                text.Append($"{pad}_ = {Expr(Pick(users).Type, 2)}.Summary();\n");
                return;
            }

            (UserType owner, Method method) = Pick(methods);
            text.Append($"{pad}{(method.Return is null ? "" : "_ = ")}{Call(owner, method, 1)};\n");
        }

        private void AwaitStatement(StringBuilder text, string pad)
        {
            var asyncMethods = users.SelectMany(u => u.Methods.Where(m => m.Async).Select(m => (u, m))).ToList();
            int roll = random.Next(3);
            if (roll == 0 && asyncMethods.Count > 0)
            {
                (UserType owner, Method method) = Pick(asyncMethods);
                string receiver = self == owner && random.Next(2) == 0 ? "this" : Expr(owner.Type, 1);
                string call = $"await {receiver}.{method.Name}({string.Join(", ", method.Params.Select(p => Expr(p.Type, 1)))}).ConfigureAwait(false)";
                if (method.Return is null)
                {
                    text.Append($"{pad}{call};\n");
                }
                else
                {
                    string name = Fresh("r");
                    text.Append($"{pad}var {name} = {call};\n");
                    Declare(name, method.Return);
                }
            }
            else if (roll == 1)
            {
                TypeRef type = RandomType(allowObject: false);
                string name = Fresh("r");
                text.Append($"{pad}var {name} = await Task.FromResult({Expr(type, 2)}).ConfigureAwait(false);\n");
                Declare(name, type);
            }
            else
            {
                text.Append($"{pad}await Task.Yield();\n");
            }
        }

        private void SwitchStatement(StringBuilder text, int indent, int depth)
        {
            string pad = new(' ', indent * 4);
            text.Append($"{pad}switch ({Expr(status, 2)})\n{pad}{{\n");
            foreach (string member in Pick(statusMembers, random.Next(1, statusMembers.Length)))
            {
                text.Append($"{pad}    case {status.Name}.{member}:\n");
                scopes.Add(new List<Var>());
                Statement(text, indent + 2, depth - 1);
                scopes.RemoveAt(scopes.Count - 1);
                text.Append($"{pad}        break;\n");
            }

            text.Append($"{pad}    default:\n");
            scopes.Add(new List<Var>());
            Statement(text, indent + 2, depth - 1);
            scopes.RemoveAt(scopes.Count - 1);
            text.Append($"{pad}        break;\n{pad}}}\n\n");
        }

        private void TryStatement(StringBuilder text, int indent, int depth)
        {
            string pad = new(' ', indent * 4);
            text.Append($"{pad}try\n");
            Block(text, indent, depth - 1);
            int catches = random.Next(1, 3);
            foreach (string exception in Pick(new[] { "FormatException", "InvalidOperationException", "ArgumentException", "KeyNotFoundException", "OverflowException" }, catches))
            {
                string name = Fresh("ex");
                string filter = random.Next(3) == 0 ? $" when ({name}.Message.Length > {random.Next(0, 40)})" : "";
                text.Append($"{pad}catch ({exception} {name}){filter}\n");
                scopes.Add(new List<Var>());
                string message = Fresh("message");
                text.Append($"{pad}{{\n{pad}    var {message} = {name}.Message;\n");
                Declare(message, String);
                Statement(text, indent + 1, 0);
                scopes.RemoveAt(scopes.Count - 1);
                text.Append($"{pad}}}\n");
            }

            if (random.Next(3) == 0)
            {
                text.Append($"{pad}finally\n");
                Block(text, indent, 0);
            }

            text.Append('\n');
        }

        private void PatternStatement(StringBuilder text, int indent, int depth)
        {
            string pad = new(' ', indent * 4);
            string value = Fresh("o");
            text.Append($"{pad}object {value} = {Expr(RandomType(allowObject: false), 2)};\n");
            Declare(value, Object);
            UserType user = Pick(users);
            string typed = Fresh("as");
            var intProps = user.Props.Where(p => p.Type.Kind == Kind.Int).ToList();
            string condition = intProps.Count > 0 && random.Next(2) == 0
                ? $"{value} is {user.Name} {{ {Pick(intProps).Name}: > {random.Next(0, 50)} }} {typed}"
                : $"{value} is {user.Name} {typed}";
            text.Append($"{pad}if ({condition})\n");
            Block(text, indent, depth - 1, new Var(typed, user.Type, false));
            if (random.Next(2) == 0)
            {
                string number = Fresh("n");
                string str = Fresh("s");
                string described = Fresh("d");
                text.Append($"{pad}var {described} = {value} switch\n{pad}{{\n");
                text.Append($"{pad}    int {number} when {number} > {random.Next(0, 20)} => \"large\",\n");
                text.Append($"{pad}    string {{ Length: > {random.Next(1, 9)} }} {str} => {str}.ToUpperInvariant(),\n");
                text.Append($"{pad}    {BaseName} {{ Id: 0 }} => \"new\",\n");
                text.Append($"{pad}    null => \"none\",\n{pad}    _ => {value}.ToString() ?? \"\",\n{pad}}};\n");
                Declare(described, String);
            }

            text.Append('\n');
        }

        private void LocalFunction(StringBuilder text, string pad)
        {
            string name = Fresh("Local");
            string parameter = Fresh("a");
            TypeRef type = random.Next(2) == 0 ? Int : String;
            scopes.Add(new List<Var> { new(parameter, type, false) });
            string body = Expr(type, 2);
            scopes.RemoveAt(scopes.Count - 1);
            text.Append($"{pad}{type.Name} {name}({type.Name} {parameter}) => {body};\n");
            string use = Fresh("v");
            text.Append($"{pad}var {use} = {name}({Expr(type, 1)});\n");
            Declare(use, type);
        }

        // ---- expressions ----------------------------------------------------------------------------

        private string Expr(TypeRef type, int depth)
        {
            if (depth <= 0 || random.Next(4) == 0)
            {
                return Leaf(type);
            }

            var options = new List<Func<string>>();
            int d = depth - 1;
            foreach ((UserType owner, Method method) in Callable(m => m.Return == type || (m.Return is not null && m.Return.Name == type.Name)))
            {
                options.Add(() => Call(owner, method, d));
            }

            options.Add(() => Leaf(type));
            options.Add(() => Leaf(type));
            switch (type.Kind)
            {
                case Kind.Int:
                    options.Add(() => $"{Expr(String, d)}.Length");
                    options.Add(() => $"({Expr(Int, d)} + {Expr(Int, d)})");
                    options.Add(() => $"({Expr(Int, d)} - {Expr(Int, d)})");
                    options.Add(() => $"({Expr(Int, d)} * {random.Next(2, 9)})");
                    options.Add(() => $"({Expr(Int, d)} % {random.Next(2, 9)})");
                    options.Add(() => $"Math.Max({Expr(Int, d)}, {Expr(Int, d)})");
                    options.Add(() => $"Math.Abs({Expr(Int, d)})");
                    AddLambda(options, () => ListOf(d, out TypeRef e) + $".Count({Fn(e, Bool, d)})");
                    AddLambda(options, () => ListOf(d, out TypeRef e) + $".Sum({Fn(e, Int, d)})");
                    options.Add(() => $"((int){Paren(Expr(Double, d))})");
                    options.Add(() => $"Convert.ToInt32({Expr(Decimal, d)})");
                    options.Add(() => $"int.Parse(\"{random.Next(0, 999)}\", CultureInfo.InvariantCulture)");
                    options.Add(() => $"(int.TryParse({Expr(String, d)}, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n{names}) ? n{names++} : {random.Next(-1, 9)})");
                    options.Add(() => $"{Expr(Dict, d)}.GetOr({Expr(String, d)}, {random.Next(0, 9)})");
                    options.Add(() => $"{Expr(String, d)}.IndexOf('{Pick(Words)[0]}')");
                    options.Add(() => $"string.Compare({Expr(String, d)}, {Expr(String, d)}, StringComparison.Ordinal)");
                    options.Add(() => $"((int){Expr(status, d)})");
                    options.Add(() => $"{Expr(IntList, d)}.DefaultIfEmpty().Max()");
                    options.Add(() => $"({Expr(Bool, d)} ? {Expr(Int, d)} : {Expr(Int, d)})");
                    options.Add(() => $"HashCode.Combine({Expr(Int, d)}, {Expr(String, d)})");
                    options.Add(() => $"{Expr(Date, d)}.{Pick(new[] { "Year", "Month", "DayOfYear", "Hour" })}");
                    AddLambda(options, () => $"{ListOf(d, out TypeRef e)}.MapWhere({Fn(e, Bool, d)}, {Fn(e, Int, d)}).Sum()");
                    break;
                case Kind.String:
                    options.Add(() => $"$\"{Pick(Words)} {{{Paren(Expr(Int, d))}}} {{{Paren(Expr(String, d))}}}\"");
                    options.Add(() => $"$\"{{{Paren(Expr(Decimal, d))}:F2}} {Pick(Words)} {{{Paren(Expr(Date, d))}:yyyy-MM-dd}}\"");
                    options.Add(() => $"({Expr(String, d)} + \"{Pick(Words)}\")");
                    options.Add(() => $"({Expr(String, d)} + {Expr(Int, d)})");
                    options.Add(() => $"{Expr(String, d)}.{Pick(new[] { "Trim()", "ToUpperInvariant()", "ToLowerInvariant()", "TrimEnd('x')", "Normalize()" })}");
                    options.Add(() => $"{Expr(String, d)}.Replace(\"{Pick(Words)}\", \"{Pick(Words)}\", StringComparison.Ordinal)");
                    options.Add(() => { string s = Fresh("t"); return $"({Expr(String, d)} is var {s} && {s}.Length > {random.Next(1, 6)} ? {s}.Substring(0, {random.Next(1, 6)}) : \"\")"; });
                    options.Add(() => $"{Expr(String, d)}.PadLeft({random.Next(2, 12)})");
                    AddLambda(options, () => $"string.Join(\"{Pick(new[] { ", ", "/", ";" })}\", {ListOf(d, out TypeRef e)}.Select({Fn(e, String, d)}))");
                    options.Add(() => $"{Expr(Int, d)}.ToString(CultureInfo.InvariantCulture)");
                    options.Add(() => $"{Expr(Double, d)}.ToString(\"F{random.Next(0, 4)}\", CultureInfo.InvariantCulture)");
                    options.Add(() => $"{Expr(Date, d)}.ToString(\"yyyy-MM-dd\", CultureInfo.InvariantCulture)");
                    options.Add(() => $"{Expr(status, d)}.ToString()");
                    options.Add(() => $"({Expr(Bool, d)} ? {Expr(String, d)} : {Expr(String, d)})");
                    AddLambda(options, () => { UserType u = Pick(users); var strings = u.Props.Where(p => p.Type.Kind == Kind.String).ToList(); return strings.Count == 0 ? Leaf(String) : $"({Expr(u.ListType, d)}.FirstOrDefault({Fn(u.Type, Bool, d)})?.{Pick(strings).Name} ?? \"{Pick(Words)}\")"; });
                    options.Add(() => $"({Expr(status, d)} switch\n{{\n{string.Join("", statusMembers.Take(random.Next(1, statusMembers.Length)).Select(m => $"    {status.Name}.{m} => {Expr(String, d)},\n"))}    _ => \"{Pick(Words)}\",\n}})");
                    options.Add(() => $"string.Format(CultureInfo.InvariantCulture, \"{{0}}:{{1}}\", {Expr(Int, d)}, {Expr(String, d)})");
                    options.Add(() => $"{Expr(Pick(users).Type, d)}.Summary()");
                    options.Add(() => { UserType u = Pick(users); return u.IsRecord ? $"{Expr(u.Type, d)}.ToString()" : $"{Expr(u.Type, d)}.Describe()"; });
                    options.Add(() => $"{Expr(Pick(users).Type, d)}.GetType().Name");
                    options.Add(() => $"({Expr(Int, d)} switch {{ > {random.Next(10, 90)} => \"high\", < 0 => \"negative\", _ => {Expr(String, d)} }})");
                    break;
                case Kind.Bool:
                    options.Add(() => $"({Expr(Int, d)} {Pick(new[] { ">", "<", ">=", "==", "!=" })} {Expr(Int, d)})");
                    options.Add(() => $"({Expr(String, d)} == \"{Pick(Words)}\")");
                    options.Add(() => $"{Expr(String, d)}.StartsWith(\"{Pick(Words)}\", StringComparison.Ordinal)");
                    options.Add(() => $"{Expr(String, d)}.Contains('{Pick(Words)[0]}')");
                    options.Add(() => $"string.IsNullOrEmpty({Expr(String, d)})");
                    AddLambda(options, () => $"{ListOf(d, out TypeRef e)}.Any({Fn(e, Bool, d)})");
                    options.Add(() => $"({Expr(Bool, d)} && {Expr(Bool, d)})");
                    options.Add(() => $"({Expr(Bool, d)} || !{Expr(Bool, d)})");
                    options.Add(() => $"({Expr(status, d)} is {status.Name}.{Pick(statusMembers)} or {status.Name}.{Pick(statusMembers)})");
                    options.Add(() => $"{Expr(IntList, d)}.Contains({Expr(Int, d)})");
                    options.Add(() => $"{Expr(Dict, d)}.ContainsKey({Expr(String, d)})");
                    options.Add(() => $"({Expr(Double, d)} > {random.Next(0, 9)}.5)");
                    options.Add(() => $"({Expr(Decimal, d)} >= {random.Next(0, 99)}m)");
                    options.Add(() => $"({Expr(Date, d)} < {Expr(Date, d)})");
                    options.Add(() => { UserType u = Pick(users); var ints = u.Props.Where(p => p.Type.Kind == Kind.Int).ToList(); return ints.Count == 0 ? Leaf(Bool) : $"({Expr(u.Type, d)} is {{ {Pick(ints).Name}: > {random.Next(0, 20)} }})"; });
                    break;
                case Kind.Double:
                    options.Add(() => $"((double){Paren(Expr(Int, d))})");
                    options.Add(() => $"Math.Sqrt(Math.Abs({Expr(Double, d)}))");
                    options.Add(() => $"({Expr(Double, d)} * {random.Next(1, 9)}.{random.Next(0, 9)})");
                    options.Add(() => $"({Expr(Double, d)} + {Expr(Double, d)})");
                    options.Add(() => $"({Expr(Double, d)} / {random.Next(2, 9)}.0)");
                    AddLambda(options, () => { string x = Fresh("x"); return $"{ListOf(d, out TypeRef e)}.Select({x} => (double){Paren(Lambda(x, e, Int, d))}).DefaultIfEmpty().Average()"; });
                    options.Add(() => $"double.Parse(\"{random.Next(0, 99)}.{random.Next(0, 99)}\", CultureInfo.InvariantCulture)");
                    options.Add(() => $"Math.Pow({Expr(Double, d)}, 2)");
                    options.Add(() => $"((double){Paren(Expr(Decimal, d))})");
                    break;
                case Kind.Decimal:
                    options.Add(() => $"({Expr(Decimal, d)} + {Expr(Decimal, d)})");
                    options.Add(() => $"({Expr(Decimal, d)} * 1.{random.Next(0, 99)}m)");
                    options.Add(() => $"Math.Round({Expr(Decimal, d)}, {random.Next(0, 4)})");
                    options.Add(() => $"((decimal){Paren(Expr(Int, d))})");
                    options.Add(() => $"Math.Max({Expr(Decimal, d)}, {Expr(Decimal, d)})");
                    options.Add(() => $"decimal.Parse(\"{random.Next(0, 999)}.{random.Next(0, 99)}\", CultureInfo.InvariantCulture)");
                    AddLambda(options, () => { UserType u = Pick(users); var decimals = u.Props.Where(p => p.Type.Kind == Kind.Decimal).ToList(); return decimals.Count == 0 ? Leaf(Decimal) : $"{Expr(u.ListType, d)}.Sum(x => x.{Pick(decimals).Name})"; });
                    break;
                case Kind.Date:
                    options.Add(() => $"{Expr(Date, d)}.AddDays({Expr(Int, d)})");
                    options.Add(() => $"{Expr(Date, d)}.AddHours({Expr(Double, d)})");
                    options.Add(() => $"{Expr(Date, d)}.Date");
                    options.Add(() => $"DateTime.UnixEpoch.AddSeconds({Expr(Int, d)})");
                    break;
                case Kind.Enum:
                    options.Add(() => $"(({status.Name})({Expr(Int, d)} % {statusMembers.Length}))");
                    options.Add(() => $"({Expr(Bool, d)} ? {Expr(status, d)} : {Expr(status, d)})");
                    options.Add(() => $"(Enum.TryParse<{status.Name}>({Expr(String, d)}, out var e{names}) ? e{names++} : {status.Name}.{Pick(statusMembers)})");
                    break;
                case Kind.User:
                    UserType user = type.User!;
                    options.Add(() => New(user, d));
                    options.Add(() => New(user, d));
                    AddLambda(options, () => $"({Expr(user.ListType, d)}.FirstOrDefault({Fn(user.Type, Bool, d)}) ?? {New(user, d)})");
                    options.Add(() => $"{Helpers}.PickOr({Expr(user.ListType, d)}, {Expr(Int, d)}, {Expr(user.Type, d)})");
                    options.Add(() => $"({Expr(Bool, d)} ? {Expr(user.Type, d)} : {Expr(user.Type, d)})");
                    if (user.IsRecord)
                    {
                        options.Add(() => { Prop p = Pick(user.Props); return $"({Expr(user.Type, d)} with {{ {p.Name} = {Expr(p.Type, d)} }})"; });
                    }

                    break;
                case Kind.List:
                    UserType element = type.User!;
                    AddLambda(options, () => $"{Expr(type, d)}.Where({Fn(element.Type, Bool, d)}).ToList()");
                    AddLambda(options, () => $"{Expr(type, d)}.OrderBy({Fn(element.Type, Pick(new[] { Int, String }), d)}).ToList()");
                    options.Add(() => $"new List<{element.Name}> {{ {Expr(element.Type, d)}, {Expr(element.Type, d)} }}");
                    options.Add(() => $"{Expr(type, d)}.Take({Expr(Int, d)}).ToList()");
                    AddLambda(options, () => $"{Expr(type, d)}.Concat({Expr(type, d)}).DistinctBy({Fn(element.Type, String, d)}).ToList()");
                    break;
                case Kind.IntList:
                    AddLambda(options, () => $"{ListOf(d, out TypeRef e)}.Select({Fn(e, Int, d)}).ToList()");
                    AddLambda(options, () => $"Enumerable.Range({random.Next(0, 5)}, {random.Next(1, 20)}).Where({Fn(Int, Bool, d)}).ToList()");
                    options.Add(() => $"new List<int> {{ {Expr(Int, d)}, {Expr(Int, d)}, {random.Next(0, 99)} }}");
                    break;
                case Kind.Dict:
                    AddLambda(options, () => { UserType u = Pick(users); return $"{Expr(u.ListType, d)}.GroupBy({Fn(u.Type, String, d)}).ToDictionary(g => g.Key, g => g.Count())"; });
                    options.Add(() => $"new Dictionary<string, int> {{ [{Expr(String, d)}] = {Expr(Int, d)} }}");
                    break;
                case Kind.Builder:
                    options.Add(() => $"new StringBuilder({Expr(String, d)})");
                    options.Add(() => $"new StringBuilder().Append({Expr(String, d)}).Append({Expr(Int, d)})");
                    break;
                case Kind.Object:
                    options.Add(() => Expr(RandomType(allowObject: false), d));
                    break;
            }

            return Pick(options)();
        }

        /// <summary>A variable, a member-access chain from one (through properties, list elements, lengths), or a literal.</summary>
        private string Leaf(TypeRef type)
        {
            var chains = new List<string>();
            foreach (Var variable in Visible())
            {
                foreach (string suffix in Suffixes(variable.Type, type))
                {
                    chains.Add(variable.Name + suffix);
                }
            }

            if (chains.Count > 0 && random.Next(5) > 0)
            {
                return Pick(chains);
            }

            return Literal(type);
        }

        /// <summary>Every member-access suffix (up to three steps) that leads from a value of one type to another.</summary>
        private List<string> Suffixes(TypeRef from, TypeRef to)
        {
            if (!suffixes.TryGetValue((from, to), out List<string>? found))
            {
                found = new List<string>();
                Walk("", from, to, 3, found);
                suffixes[(from, to)] = found;
            }

            return found;
        }

        private void Walk(string path, TypeRef from, TypeRef to, int steps, List<string> chains)
        {
            if (from == to)
            {
                chains.Add(path);
            }

            if (steps == 0)
            {
                return;
            }

            switch (from.Kind)
            {
                case Kind.User:
                    foreach (Prop prop in from.User!.Props)
                    {
                        Walk($"{path}.{prop.Name}", prop.Type, to, steps - 1, chains);
                    }

                    break;
                case Kind.List:
                    Walk($"{path}.Count", Int, to, 0, chains);
                    Walk($"{path}.First()", from.User!.Type, to, steps - 1, chains);
                    break;
                case Kind.String:
                    Walk($"{path}.Length", Int, to, 0, chains);
                    break;
                case Kind.Date:
                    Walk($"{path}.Month", Int, to, 0, chains);
                    break;
                case Kind.IntList or Kind.Dict:
                    Walk($"{path}.Count", Int, to, 0, chains);
                    break;
            }
        }

        private string Literal(TypeRef type) => type.Kind switch
        {
            Kind.Int => random.Next(0, 99).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Kind.Double => $"{random.Next(0, 99)}.{random.Next(0, 9)}",
            Kind.Decimal => $"{random.Next(0, 999)}.{random.Next(0, 99)}m",
            Kind.Bool => random.Next(2) == 0 ? "true" : "false",
            Kind.String => $"\"{Pick(Words)}\"",
            Kind.Date => $"new DateTime(20{random.Next(10, 30)}, {random.Next(1, 12)}, {random.Next(1, 28)})",
            Kind.Enum => $"{status.Name}.{Pick(statusMembers)}",
            Kind.User => type.User!.IsRecord ? $"new {type.Name}({string.Join(", ", type.User.Props.Select(p => Literal(p.Type)))})" : $"new {type.Name}()",
            Kind.Object => Literal(Int),
            _ => $"new {type.Name}()",
        };

        private string New(UserType user, int depth)
        {
            if (user.IsRecord)
            {
                return $"new {user.Name}({string.Join(", ", user.Props.Select(p => Expr(p.Type, depth - 1)))})";
            }

            var set = Pick(user.Props.Where(p => p.Settable).ToList(), random.Next(0, 4));
            return set.Length == 0 ? $"new {user.Name}()" : $"new {user.Name} {{ {string.Join(", ", set.Select(p => $"{p.Name} = {Expr(p.Type, depth - 1)}"))} }}";
        }

        private string ListOf(int depth, out TypeRef element)
        {
            if (random.Next(4) == 0)
            {
                element = Int;
                return Expr(IntList, depth);
            }

            UserType user = Pick(users);
            element = user.Type;
            return Expr(user.ListType, depth);
        }

        /// <summary>A lambda `x => body` with a fresh parameter name.</summary>
        private string Fn(TypeRef parameterType, TypeRef result, int depth)
        {
            string parameter = Fresh("x");
            return $"{parameter} => {Lambda(parameter, parameterType, result, depth)}";
        }

        private string Lambda(string parameter, TypeRef parameterType, TypeRef result, int depth)
        {
            scopes.Add(new List<Var> { new(parameter, parameterType, false) });
            lambdas++;
            string body = Expr(result, Math.Max(depth, 1));
            lambdas--;
            scopes.RemoveAt(scopes.Count - 1);
            return body;
        }

        /// <summary>
        /// A choice that writes a lambda, offered only outside lambdas: a lambda inside a lambda given to an
        /// overloaded LINQ method is bound once per overload pair (Sum, Average, Select, ...), which real code
        /// seldom nests and which would make the corpus a test of overload resolution.
        /// </summary>
        private void AddLambda(List<Func<string>> options, Func<string> option)
        {
            if (lambdas == 0)
            {
                options.Add(option);
            }
        }

        private IEnumerable<(UserType Owner, Method Method)> Callable(Func<Method, bool> filter) =>
            users.SelectMany(u => u.Methods.Where(m => !m.Async && filter(m)).Select(m => (u, m)));

        private string Call(UserType owner, Method method, int depth)
        {
            string arguments = string.Join(", ", method.Params.Select(p => Expr(p.Type, depth)));
            string receiver = method.Static ? owner.Name : self == owner && random.Next(2) == 0 ? "this" : Expr(owner.Type, depth);
            return $"{receiver}.{method.Name}({arguments})";
        }

        private static string Paren(string expression) => $"({expression})";

        private IEnumerable<Var> Visible() => scopes.SelectMany(s => s);

        private void Declare(string name, TypeRef type) => scopes[^1].Add(new Var(name, type, true));

        private string Fresh(string prefix) => $"{prefix}{names++}";

        private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

        private T[] Pick<T>(IReadOnlyList<T> items, int count) => items.OrderBy(_ => random.Next()).Take(Math.Min(count, items.Count)).ToArray();
    }
}
