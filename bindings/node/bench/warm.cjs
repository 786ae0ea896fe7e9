'use strict'
// Loaded first by each start-up measurement of bench.mjs, so that the
// module loader's first use is not counted.
module.exports = null
