# Two commands set up a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: install demo test bench lock clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt -e '.[dev,spark]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(VENV)/bin/talentflow demo

# The tests, plus every docstring example in the package (bench and __main__ run on import).
# pytest exits 5 when it collects no test; that fails the target, as it should.
test: install
	$(PY) -m pytest -q -n 2 --dist loadgroup tests talentflow --doctest-modules \
		--ignore=talentflow/bench --ignore=talentflow/__main__.py

bench: install
	$(PY) -m talentflow.bench

# Regenerate the pinned constraints from a fresh resolve.
lock:
	rm -rf /tmp/tf-lock && $(PYTHON) -m venv /tmp/tf-lock
	/tmp/tf-lock/bin/pip install -q -e '.[dev,spark]'
	/tmp/tf-lock/bin/pip freeze --exclude-editable | grep -v '^talentflow' > constraints.txt

clean:
	rm -rf $(VENV) build *.egg-info talentflow.duckdb
