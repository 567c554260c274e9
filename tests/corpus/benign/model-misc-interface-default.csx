// what: interface default method, generic interface, explicit implementation
// input: 
// expected: "Hi, Rex! woof"
interface IGreeter { string Name { get; } string Greet() => $"Hi, {Name}!"; }
interface ISound { string Sound(); }
class Dog : IGreeter, ISound
{
    public string Name => "Rex";
    string ISound.Sound() => "woof";
}
var d = new Dog();
return $"{((IGreeter)d).Greet()} {((ISound)d).Sound()}";
