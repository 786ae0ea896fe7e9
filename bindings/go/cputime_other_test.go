//go:build !linux

package smherrors

// threadCPUTime is -1: a thread's CPU time is read on Linux only.
func threadCPUTime() int64 { return -1 }
