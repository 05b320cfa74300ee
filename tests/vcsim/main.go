// vcsim for Vantage's tests: a real vCenter API simulator (govmomi's simulator package, from
// Debian's golang-github-vmware-govmomi-dev) with the model sizes given as flags. It prints one
// line, "URL https://user:pass@127.0.0.1:PORT/sdk", once it is serving, then a line
// "CERT <path of its PEM certificate>", and runs until stdin closes or it is killed, so that a
// test that dies takes it along.
package main

import (
	"crypto/tls"
	"flag"
	"fmt"
	"io"
	"log"
	"net/url"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25/mo"
	"github.com/vmware/govmomi/vim25/types"
)

// taskPacer makes the named tasks slow as a real vCenter's are: the simulator does a task's work
// at once, inside the call that starts it, so the pacer reports such a task running again right
// after, its progress rising, and its real outcome only taskMs later. Clients' polling, progress
// and time-outs can then be tested. Only tasks no other simulator code reads back may be paced
// (not createVm, which a clone reads).
type taskPacer struct {
	ids    map[string]bool // descriptionId suffixes: "cloneVm", "powerOn", "destroy", ...
	taskMs int
	mu     sync.Mutex
	held   map[types.ManagedObjectReference]bool
}

func (p *taskPacer) Reference() types.ManagedObjectReference {
	return types.ManagedObjectReference{Type: "VantageTaskPacer", Value: "pacer"}
}

func (p *taskPacer) PutObject(mo.Reference) {}

func (p *taskPacer) RemoveObject(types.ManagedObjectReference) {}

func (p *taskPacer) UpdateObject(obj mo.Reference, changes []types.PropertyChange) {
	info, ok := obj.(*mo.Task)
	if !ok {
		return
	}
	finished := false
	for _, change := range changes {
		finished = finished || change.Name == "info.completeTime"
	}
	id := info.Info.DescriptionId[strings.LastIndex(info.Info.DescriptionId, ".")+1:]
	if !finished || !p.ids[id] {
		return
	}
	p.mu.Lock()
	again := p.held[info.Self]
	p.held[info.Self] = true
	p.mu.Unlock()
	task, ok := simulator.Map.Get(info.Self).(*simulator.Task)
	if again || !ok {
		return
	}
	outcome := task.Info
	task.Info.State = types.TaskInfoStateRunning
	task.Info.Progress = 0
	task.Info.CompleteTime = nil
	task.Info.Result = nil
	task.Info.Error = nil
	go func() {
		step := time.Duration(p.taskMs) * time.Millisecond / 4
		for percent := int32(25); percent < 100; percent += 25 {
			time.Sleep(step)
			simulator.Map.WithLock(task, func() { task.Info.Progress = percent })
		}
		time.Sleep(step)
		simulator.Map.WithLock(task, func() { task.Info = outcome })
	}()
}

func main() {
	datacenters := flag.Int("dc", 1, "datacenters")
	clusters := flag.Int("cluster", 1, "clusters per datacenter")
	clusterHosts := flag.Int("host", 3, "hosts per cluster")
	standaloneHosts := flag.Int("standalone-host", 1, "standalone hosts per datacenter")
	machines := flag.Int("vm", 2, "VMs per resource pool (each host's and cluster's root pool)")
	pools := flag.Int("pool", 0, "child resource pools per cluster")
	datastores := flag.Int("ds", 1, "datastores")
	portgroups := flag.Int("pg", 1, "distributed port groups per datacenter")
	folders := flag.Int("folder", 0, "folders per datacenter")
	delay := flag.Int("delay", 0, "milliseconds added to every method call")
	plainHTTP := flag.Bool("http", false, "serve plain HTTP instead of TLS")
	slowTasks := flag.String("slow-task", "", "comma-separated task kinds (cloneVm, powerOn, "+
		"reconfigVm, destroy, ...) reported running for -task-ms before their outcome")
	taskMs := flag.Int("task-ms", 2000, "how long a -slow-task task seems to run")
	flag.Parse()

	model := simulator.VPX()
	model.Datacenter = *datacenters
	model.Cluster = *clusters
	model.ClusterHost = *clusterHosts
	model.Host = *standaloneHosts
	model.Machine = *machines
	model.Pool = *pools
	model.Datastore = *datastores
	model.Portgroup = *portgroups
	model.Folder = *folders
	model.DelayConfig.Delay = *delay
	defer model.Remove()
	if err := model.Create(); err != nil {
		log.Fatal(err)
	}
	if *slowTasks != "" {
		pacer := &taskPacer{ids: map[string]bool{}, taskMs: *taskMs,
			held: map[types.ManagedObjectReference]bool{}}
		for _, id := range strings.Split(*slowTasks, ",") {
			pacer.ids[id] = true
		}
		simulator.Map.AddHandler(pacer)
	}
	model.Service.Listen = &url.URL{Host: "127.0.0.1:0", User: url.UserPassword("user", "pass")}
	if !*plainHTTP {
		model.Service.TLS = new(tls.Config)
	}
	server := model.Service.NewServer()
	defer server.Close()

	fmt.Printf("URL %s\n", server.URL.String())
	if !*plainHTTP {
		if path, err := server.CertificateFile(); err == nil {
			fmt.Printf("CERT %s\n", path)
		}
	}
	os.Stdout.Sync()

	// Ends when the parent closes our stdin (or exits).
	done := make(chan struct{})
	go func() {
		io.Copy(io.Discard, os.Stdin)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(24 * time.Hour):
	}
}
