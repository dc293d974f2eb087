// The quoting rule lives in the contract's value layer (the window's owner commands use it too).
export { quotePosixArg } from '../../contract/values/shell-quote';
