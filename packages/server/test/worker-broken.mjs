// A worker script that cannot load: the pool must fail its jobs, not restart it for ever.
throw new Error("this worker cannot load")
