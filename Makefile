# storyreel — the README's two commands are `make demo` and `make test`.
PY := .venv/bin/python
EXTRAS ?=

.PHONY: setup demo test bench bench-director bench-quality bench-dialogue bench-sound bench-scale bench-load reliability schema clean
.DEFAULT_GOAL := demo

setup:
	bash scripts/setup.sh $(EXTRAS)

# The demo sets up the Piper neural voice too (the `piper` extra), so the first film is read by it.
demo:
	bash scripts/setup.sh piper $(EXTRAS)
	.venv/bin/storyreel make examples/lighthouse_keeper.txt -o out/lighthouse --burn-subtitles

# The tests also cover the optional extras (Piper voice, diffusion backends, matting, Ray), so they install
# them, and Chromium, which renders the evaluation page; a time summary per phase ends the output.
# `make test PYTEST_ARGS='-m "not slow"'` is the quick inner loop.
test:
	EXTRAS="$(EXTRAS)" bash scripts/test.sh $(PYTEST_ARGS)

bench: setup
	OMP_NUM_THREADS=2 $(PY) bench/bench.py --out BENCHMARKS.md

bench-director: setup
	OMP_NUM_THREADS=2 $(PY) bench/bench_director.py --out BENCHMARKS.md

bench-quality: setup
	OMP_NUM_THREADS=2 $(PY) bench/bench_quality.py --out BENCHMARKS.md

bench-dialogue: setup
	$(PY) bench/bench_dialogue.py --out BENCHMARKS.md

bench-sound: setup
	OMP_NUM_THREADS=2 $(PY) bench/bench_sound.py --out BENCHMARKS.md

# A render killed at random points, then run again: 20 rounds with the local pool, 5 on Ray; then
# `storyreel serve` killed 10 times during a render and 10 times during a stream of PATCHes;
# figures in docs/reliability.md.
reliability:
	bash scripts/setup.sh ray $(EXTRAS)
	OMP_NUM_THREADS=1 $(PY) bench/reliability.py --out docs/reliability.md

# The studio under 50 clients while it renders (pairs of renders, unloaded and loaded), and the memory of a
# 200-scene render against an 8-scene one: figures in docs/reliability.md. About 15 minutes on 2 cores.
bench-load: setup
	OMP_NUM_THREADS=1 $(PY) bench/load.py --out docs/reliability.md

# The local executor against Ray (a 2-node cluster on this machine), and the tiny diffusion models'
# per-item costs: BENCHMARKS.md, docs/scaling.md. About 5 minutes on 2 cores.
bench-scale:
	bash scripts/setup.sh ray diffusion $(EXTRAS)
	OMP_NUM_THREADS=2 $(PY) bench/bench_scale.py --out BENCHMARKS.md

schema: setup
	$(PY) -m storyreel.schema docs/script.schema.json

clean:
	rm -rf out .pytest_cache
