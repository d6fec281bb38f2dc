# Plenary — the two commands a newcomer needs:
#   make run    set up, build (release) and open the browser on the default store data/
#   make test   set up, build and run every test
SWIFT ?= swift

.PHONY: setup build run test bench clean

setup:
	@scripts/setup

build: setup
	$(SWIFT) build -c release

run: build
	.build/release/plenary --store data

test: setup
	$(SWIFT) build
	$(SWIFT) test --disable-swift-testing

bench: build
	scripts/bench

clean:
	rm -rf .build .build-bench
