// what: enums: Enum.GetValues<T>, GetNames, Parse and TryParse ignoring case, [Flags] combination text, HasFlag, IsDefined and underlying values
// input: 
// expected: "Read, Execute True False Clubs,Diamonds,Hearts,Spades 1234 True:Hearts Write Read, Write False All Read, Write|8 4 00000002"
[Flags]
enum Access { None = 0, Read = 1, Write = 2, Execute = 4, All = Read | Write | Execute }
enum Suit : byte { Clubs = 1, Diamonds, Hearts, Spades }

var perms = Access.Read | Access.Execute;
var names = Enum.GetNames<Suit>();
var values = Enum.GetValues<Suit>().Select(s => (int)s);
bool parsed = Enum.TryParse<Suit>("hearts", ignoreCase: true, out var suit);
var write = Enum.Parse<Access>("Write");
var combined = Enum.Parse<Access>("Read, Write");
bool defined = Enum.IsDefined(typeof(Suit), (byte)9);
string all = Access.All.ToString();
string mixed = (Access)3 + "|" + (Access)8;
return $"{perms} {perms.HasFlag(Access.Read)} {perms.HasFlag(Access.Write)} {string.Join(",", names)} {string.Join("", values)} {parsed}:{suit} {write} {combined} {defined} {all} {mixed} {Suit.Spades:D} {Access.Write:X}";
