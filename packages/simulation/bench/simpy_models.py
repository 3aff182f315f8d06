"""The benchmark models in SimPy, for `mmc.bench.ts` to time against.

Usage: python3 simpy_models.py mmc|forkjoin CUSTOMERS SEED
Prints one JSON line: {"ms": ..., "meanWait" or "meanCycle": ..., "api": ...}.
Works with SimPy 3/4 (`import simpy`) and with SimPy 2 (`SimPy.Simulation`,
the version Debian ships as python3-simpy).
"""
import json
import random
import sys
import time

model, customers, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
LAMBDA, MU, SERVERS = 9.0, 1.0, 10
rng = random.Random(seed)
stats = {"wait": 0.0, "cycle": 0.0, "n": 0}

try:
    import simpy

    API = "simpy " + getattr(simpy, "__version__", "3+")

    def run():
        env = simpy.Environment()
        if model == "mmc":
            res = simpy.Resource(env, capacity=SERVERS)

            def customer(env):
                t0 = env.now
                with res.request() as req:
                    yield req
                    stats["wait"] += env.now - t0
                    yield env.timeout(rng.expovariate(MU))
                stats["n"] += 1

            def source(env):
                for _ in range(customers):
                    env.process(customer(env))
                    yield env.timeout(rng.expovariate(LAMBDA))

            env.process(source(env))
        else:
            depts = [simpy.Resource(env, capacity=SERVERS) for _ in range(3)]
            sign = simpy.Resource(env, capacity=SERVERS)

            def task(env, res):
                with res.request() as req:
                    yield req
                    yield env.timeout(rng.expovariate(MU))

            def case(env):
                t0 = env.now
                yield env.all_of([env.process(task(env, d)) for d in depts])
                with sign.request() as req:
                    yield req
                    yield env.timeout(rng.expovariate(MU))
                stats["cycle"] += env.now - t0
                stats["n"] += 1

            def source(env):
                for _ in range(customers):
                    env.process(case(env))
                    yield env.timeout(rng.expovariate(LAMBDA))

            env.process(source(env))
        env.run()

except ImportError:
    from SimPy.Simulation import (Process, Resource, SimEvent, activate, hold, initialize, now,
                                  release, request, simulate, waitevent)

    API = "SimPy 2 (SimPy.Simulation)"

    class Customer(Process):
        def visit(self, res):
            t0 = now()
            yield request, self, res
            stats["wait"] += now() - t0
            yield hold, self, rng.expovariate(MU)
            yield release, self, res
            stats["n"] += 1

    class Task(Process):
        def work(self, res, case):
            yield request, self, res
            yield hold, self, rng.expovariate(MU)
            yield release, self, res
            case.left -= 1
            if case.left == 0:
                case.joined.signal()

    class Case(Process):
        def visit(self, depts, sign):
            t0 = now()
            self.left = len(depts)
            self.joined = SimEvent()
            for d in depts:
                t = Task()
                activate(t, t.work(d, self))
            yield waitevent, self, self.joined
            yield request, self, sign
            yield hold, self, rng.expovariate(MU)
            yield release, self, sign
            stats["cycle"] += now() - t0
            stats["n"] += 1

    class Source(Process):
        def generate(self, make):
            for _ in range(customers):
                make()
                yield hold, self, rng.expovariate(LAMBDA)

    def run():
        initialize()
        if model == "mmc":
            res = Resource(capacity=SERVERS)

            def make():
                c = Customer()
                activate(c, c.visit(res))
        else:
            depts = [Resource(capacity=SERVERS) for _ in range(3)]
            sign = Resource(capacity=SERVERS)

            def make():
                c = Case()
                activate(c, c.visit(depts, sign))

        src = Source()
        activate(src, src.generate(make))
        simulate(until=1e18)


start = time.perf_counter()
run()
ms = (time.perf_counter() - start) * 1000
n = max(1, stats["n"])
out = {"ms": ms, "api": API, "n": stats["n"]}
if model == "mmc":
    out["meanWait"] = stats["wait"] / n
else:
    out["meanCycle"] = stats["cycle"] / n
print(json.dumps(out))
