# Plenary — the two commands a newcomer needs:
#   make run    set up, build (release) and open the browser on the default store data/
#   make test   set up, build and run every test
SWIFT ?= swift

.PHONY: setup build run test bench clean

setup:
	@scripts/setup

# Swift's runtime and Foundation linked in: a command starts in about 5 ms instead of 10,
# which is most of what a search costs once its index is open.
build: setup
	$(SWIFT) build -c release --static-swift-stdlib --product plenary

run: build
	.build/release/plenary --store data

test: setup
	$(SWIFT) build
	$(SWIFT) test --disable-swift-testing

bench: build
	scripts/bench

clean:
	rm -rf .build .build-bench
