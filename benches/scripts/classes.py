# classes: method-call-heavy object workload.  Particles with Vec attributes
# move in a box; every step reads and writes attributes, calls methods
# (including one that allocates a new object) and a method on another class.
# Integer arithmetic only, so every implementation agrees exactly.
# Expected output: "classes particles=100 steps=8000 bounces=2341 energy=605 checksum=336438949"
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    def __init__(self, i):
        self.pos = Vec(i * 7 % 1000, i * 13 % 1000)
        self.vel = Vec(i % 7 - 3, i % 5 - 2)
        self.bounces = 0

    def step(self, box):
        self.pos = self.pos.add(self.vel)
        if box.outside_x(self.pos.x):
            self.vel.x = -self.vel.x
            self.bounces += 1
        if box.outside_y(self.pos.y):
            self.vel.y = -self.vel.y
            self.bounces += 1

    def energy(self):
        return self.vel.dot(self.vel)


class Box:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def outside_x(self, x):
        return x < 0 or x >= self.w

    def outside_y(self, y):
        return y < 0 or y >= self.h


def simulate(n, steps):
    box = Box(1000, 1000)
    ps = [Particle(i) for i in range(n)]
    for _ in range(steps):
        for p in ps:
            p.step(box)
    bounces = 0
    energy = 0
    checksum = 0
    for p in ps:
        bounces += p.bounces
        energy += p.energy()
        checksum = (checksum * 31 + p.pos.x * 1000 + p.pos.y) % 1000000007
    return bounces, energy, checksum


N, STEPS = 100, 8000
b, e, c = simulate(N, STEPS)
print("classes particles=" + str(N) + " steps=" + str(STEPS) + " bounces=" + str(b)
      + " energy=" + str(e) + " checksum=" + str(c))
