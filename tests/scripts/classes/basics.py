class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"{self.name} is a {self.kind}: {self.speak()}"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return f"{self.name} barks"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " softly"
a, d, p = Animal("Generic"), Dog("Rex"), Puppy("Bit", 1)
print(a.describe())  # expect: Generic is a animal: Generic makes a sound
print(d.describe())  # expect: Rex is a dog: Rex barks
print(p.describe(), p.age)  # expect: Bit is a dog: Bit barks softly 1
print(Animal.count, p.count, isinstance(p, Animal), isinstance(a, Dog))  # expect: 3 3 True False
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, (int, Animal)))  # expect: True False True
print(type(p).__name__, type(p) is Puppy, Puppy.__bases__[0].__name__)  # expect: Puppy True Dog
print([c.__name__ for c in Puppy.__mro__])  # expect: ['Puppy', 'Dog', 'Animal', 'object']
d.kind = "instance kind"
print(d.kind, Dog.kind, Puppy.kind)  # expect: instance kind dog dog
m = d.speak
print(m(), type(m).__name__, Dog.speak(d))  # expect: Rex barks method Rex barks
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self
print(Counter().inc().inc().inc().n)  # expect: 3
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
s1, s2 = Shared(), Shared()
s1.add(1); s2.add(2)
print(Shared.items)  # expect: [1, 2]
print(vars(Counter().inc()), p.__dict__)  # expect: {'n': 1} {'name': 'Bit', 'age': 1}
print(hasattr(p, "age"), getattr(p, "zzz", "default"))  # expect: True default
setattr(p, "color", "brown"); print(p.color)  # expect: brown
delattr(p, "color"); print(hasattr(p, "color"))  # expect: False
try:
    p.missing
except AttributeError as e:
    print(e)  # expect: 'Puppy' object has no attribute 'missing'
try:
    Animal()
except TypeError as e:
    print(e)  # expect: Animal.__init__() missing 1 required positional argument: 'name'
class Base:
    def __init__(self):
        self.log = ["Base"]
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Mid")
class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__()
        self.log.append("Leaf")
print(Leaf().log)  # expect: ['Base', 'Mid', 'Leaf']
print(Leaf.__name__, isinstance(Leaf(), object), isinstance(3, object))  # expect: Leaf True True
