# weakref.finalize at interpreter exit: live finalizers with atexit set
# run newest first after the script ends; atexit=False ones do not run
import weakref

class Res:
    pass

keep = [Res() for _ in range(5)]
weakref.finalize(keep[0], print, 'first registered')
quiet = weakref.finalize(keep[1], print, 'never printed')
quiet.atexit = False

def spawn():
    print('spawning at exit')
    weakref.finalize(keep[3], print, 'created during exit')

weakref.finalize(keep[2], spawn)
weakref.finalize(keep[4], print, 'last registered', sep=': ')
done = weakref.finalize(Res(), print, 'already dead')
print('script ends', done.alive, quiet.atexit)

# expect: already dead
# expect: script ends False False
# expect: last registered
# expect: spawning at exit
# expect: created during exit
# expect: first registered
