import {run} from './main.js'

/* istanbul ignore next */
await run()
